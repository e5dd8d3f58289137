"""Social listening, community-management and reputation exports as marketing teams pull them.

A blind probe, written by hand before reading the detectors: social-listening exports
(Sprinklr, Brandwatch Consumer Research, Talkwalker, Meltwater, Sprout Social), Facebook
Page comments and Messenger / Instagram DMs in Graph API shapes, X API v2 tweets with their
``includes.users``, Reddit posts and comments (Pushshift / API ``data`` objects), YouTube
``commentThreads``, TikTok Research API comments, review platforms (Yelp Fusion, Google
Business Profile reviews and Q&A, Healthgrades / Vitals / WebMD Care-like provider reviews,
Reputation.com and Yext exports with the practice's reply) and the team's own inbox logs
(Hootsuite Inbox, Sprout Smart Inbox) with the assigned agent.

Decisions this probe is written to:

- **A public handle or display name identifies the person who posted.** ``Author``,
  ``from.name``, ``authorDisplayName`` and a reviewer's nickname are NAME (or ONLINE_ID for a
  handle: either reading is fair, ``"ONLINE_ID|NAME"``); a platform's numeric or opaque user
  id of a person (``author_id``, ``from.id``, ``author_fullname``, ``authorChannelId``) is
  ONLINE_ID or OTHER_ID. Ids of posts, comments, threads, videos, pages, queries and
  campaigns are not identifiers of anyone and must stay clean.
- **The health system's own account posting about a condition is not PHI**: there is no
  individual. Its posts carry hashtags such as ``#BreastCancerAwareness`` (health context,
  fine to find) but the account's name and handle are an organisation's, not a person's
  (must not be NAME), and the record must not be PHI.
- **The company's own staff are not the patient** (as tests/test_calls_and_scheduling.py
  decided): the inbox ``Assignee``, Sprout's ``Sent by``, Reputation.com's ``Responded By``
  name an employee and must stay clean. A clinician named in a review is NAME by the
  project's decision; this probe states nothing about names inside a practice's reply.
- Post timestamps (``created_time``, ``time_created``, ``publishedAt``) are event times of
  the export, not dates of care: must stay clean where they are plain system timestamps.
  A date of care written in a message (``my knee replacement on March 3``) or a DOB is DATE.
- Follower counts, engagement metrics, reach, sentiment labels, language and country codes,
  star ratings and the brand's own page URLs are never findings.

Each record names the ``(field, entity)`` findings it must have, those it must not have,
and whether it is PHI. ``"HEALTH"`` is any health entity; a must-not ``"*"`` is any finding
at all. Values are made up; field names and layouts are the tools'.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    (
        "Brandwatch mentions export (CSV): a patient tweets her own diagnosis",
        {
            "Query Id": "2001234567",
            "Query Name": "NSH brand + oncology",
            "Date": "2024-03-14 16:02:11.0",
            "Title": "",
            "Url": "http://twitter.com/jess_runs513/statuses/1768301234567890123",
            "Domain": "twitter.com",
            "Sentiment": "negative",
            "Page Type": "twitter",
            "Language": "en",
            "Country Code": "us",
            "Country": "United States of America",
            "Author": "jess_runs513",
            "Full Name": "Jessica Alvarez",
            "Full Text": "Just got my results back from @NorthShoreHlth. Stage 2 breast cancer. "
            "Starting chemo in April. Scared but ready.",
            "Snippet": "Stage 2 breast cancer. Starting chemo in April.",
            "Gender": "female",
            "Twitter Author ID": "1456789012345678901",
            "Twitter Followers": "412",
            "Twitter Following": "388",
            "Twitter Retweets": "3",
            "Twitter Reply Count": "11",
            "Impressions": "1520",
            "Reach (new)": "845",
            "Resource Id": "1768301234567890123",
            "Hashtags": "",
            "Tags": "Patient Experience,Oncology",
        },
        {
            ("Author", "ONLINE_ID|NAME"),
            ("Full Name", "NAME"),
            ("Full Text", "HEALTH_CONDITION"),
            ("Snippet", "HEALTH_CONDITION"),
            ("Twitter Author ID", "ONLINE_ID|OTHER_ID"),
            ("Url", "ONLINE_ID|NAME|URL"),
        },
        {
            ("Query Id", "*"),
            ("Sentiment", "*"),
            ("Twitter Followers", "*"),
            ("Twitter Following", "*"),
            ("Impressions", "*"),
            ("Reach (new)", "*"),
            ("Resource Id", "*"),
            ("Country", "*"),
            ("Domain", "*"),
        },
        True,
    ),
    (
        "Brandwatch mentions export: the health system's own post with an awareness hashtag",
        {
            "Query Id": "2001234567",
            "Query Name": "NSH owned",
            "Date": "2024-10-01 13:00:04.0",
            "Url": "http://twitter.com/NorthShoreHlth/statuses/1841123456789012345",
            "Domain": "twitter.com",
            "Sentiment": "positive",
            "Page Type": "twitter",
            "Account Type": "organisational",
            "Author": "NorthShoreHlth",
            "Full Name": "North Shore Health",
            "Full Text": "October is #BreastCancerAwarenessMonth. Schedule your screening "
            "mammogram today: https://www.northshorehealth.org/mammogram",
            "Twitter Author ID": "98765432",
            "Twitter Followers": "48211",
            "Twitter Verified": "true",
            "Impressions": "120400",
            "Resource Id": "1841123456789012345",
            "Hashtags": "#breastcancerawarenessmonth",
        },
        {("Full Text", "HEALTH")},
        {
            ("Full Name", "NAME"),
            ("Twitter Followers", "*"),
            ("Impressions", "*"),
            ("Resource Id", "*"),
            ("Date", "*"),
        },
        False,
    ),
    (
        "Sprinklr listening export: a daughter posts her mother's dementia diagnosis",
        {
            "Universal Message Id": "TWITTER_1456789012345678901_1768309988776655443",
            "Social Network": "TWITTER",
            "Sender Name": "Rachel Kim",
            "Sender Screen Name": "@rkim_writes",
            "Sender Followers Count": "2210",
            "Message": "Mom was diagnosed with Alzheimer's at @NorthShoreHlth memory clinic "
            "last week. Anyone have caregiver support groups in Evanston?",
            "Permalink": "https://twitter.com/rkim_writes/status/1768309988776655443",
            "Created Time": "03/14/2024 05:12 PM",
            "Sentiment": "NEUTRAL",
            "Location": "Evanston, Illinois, United States",
            "Gender": "FEMALE",
            "Topic": "Neurology Service Line",
            "Tags": "caregiver,memory-care",
            "Engagement": "14",
        },
        {
            ("Sender Name", "NAME"),
            ("Sender Screen Name", "ONLINE_ID|NAME"),
            ("Message", "HEALTH_CONDITION"),
            ("Location", "LOCATION"),
        },
        {
            ("Universal Message Id", "*"),
            ("Sender Followers Count", "*"),
            ("Sentiment", "*"),
            ("Gender", "*"),
            ("Engagement", "*"),
        },
        True,
    ),
    (
        "Talkwalker results export (JSON): a public-health post by a news site, no person",
        {
            "url": "https://www.chicagohealthnews.com/2024/03/measles-case-confirmed-cook-county",
            "indexed": 1710432131000,
            "published": 1710430000000,
            "title": "Measles case confirmed in Cook County; health officials urge vaccination",
            "content": "The Cook County Department of Public Health confirmed a measles case "
            "on Thursday and urged residents to check their MMR vaccination status.",
            "lang": "en",
            "sentiment": -2,
            "source_type": ["ONLINENEWS", "ONLINENEWS_OTHER"],
            "post_type": ["TEXT"],
            "domain_url": "https://www.chicagohealthnews.com/",
            "reach": 18200,
            "engagement": 52,
            "tags_customer": ["public-health"],
            "extra_source_attributes": {
                "name": "Chicago Health News",
                "world_data": {"country": "United States", "country_code": "us"},
            },
        },
        {("title", "HEALTH_CONDITION"), ("content", "HEALTH")},
        {
            ("indexed", "*"),
            ("published", "*"),
            ("sentiment", "*"),
            ("reach", "*"),
            ("engagement", "*"),
            ("extra_source_attributes.name", "NAME"),
        },
        False,
    ),
    (
        "Talkwalker results export: a forum post with author attributes",
        {
            "url": "https://www.inspire.com/groups/american-lung-association/discussion/copd-flare/",
            "published": 1710430000000,
            "title": "COPD flare after switching inhalers",
            "content": "Since they moved me from Symbicort to Breo my COPD has been worse. "
            "Pulmonologist at Lakeside says wait 6 weeks.",
            "lang": "en",
            "sentiment": -3,
            "source_type": ["FORUM"],
            "extra_author_attributes": {
                "id": "inspire_user_4471129",
                "name": "Gary Lindqvist",
                "short_name": "garyl_breathes",
                "gender": "MALE",
                "world_data": {"city": "Duluth", "region": "Minnesota", "country_code": "us"},
            },
            "engagement": 6,
        },
        {
            ("title", "HEALTH_CONDITION"),
            ("content", "HEALTH"),
            ("extra_author_attributes.name", "NAME"),
            ("extra_author_attributes.short_name", "ONLINE_ID|NAME"),
            ("extra_author_attributes.id", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("published", "*"),
            ("sentiment", "*"),
            ("engagement", "*"),
            ("extra_author_attributes.gender", "*"),
        },
        True,
    ),
    (
        "Meltwater Explore export (CSV): a tweet about a relative's stroke",
        {
            "Date": "14-Mar-2024",
            "Time": "04:41 PM",
            "Headline": "",
            "URL": "http://twitter.com/dmorales77/status/1768312233445566778",
            "Opening Text": "",
            "Hit Sentence": "My dad had a stroke Tuesday and the ER team at Mercy West saved "
            "his life. Forever grateful.",
            "Source": "Twitter",
            "Influencer": "@dmorales77",
            "Country": "United States",
            "State": "Ohio",
            "City": "Cincinnati",
            "Language": "English",
            "Reach": "930",
            "Engagement": "41",
            "AVE": "8.61",
            "Sentiment": "Positive",
            "Key Phrases": "ER team, stroke",
            "Input Name": "Mercy West - Brand Monitoring",
            "Tweet Id": "1768312233445566778",
            "Twitter Id": "2233445566",
            "Twitter Screen Name": "Daniel Morales",
            "User Profile Url": "http://twitter.com/dmorales77",
            "Twitter Bio": "Dad. Bengals fan. Electrician.",
            "Twitter Followers": "930",
            "Twitter Following": "512",
            "Document Tags": "",
        },
        {
            ("Influencer", "ONLINE_ID|NAME"),
            ("Twitter Screen Name", "NAME"),
            ("Twitter Id", "ONLINE_ID|OTHER_ID"),
            ("Hit Sentence", "HEALTH_CONDITION"),
            ("Key Phrases", "HEALTH_CONDITION"),
        },
        {
            ("Tweet Id", "*"),
            ("Reach", "*"),
            ("Engagement", "*"),
            ("AVE", "*"),
            ("Sentiment", "*"),
            ("Twitter Followers", "*"),
            ("Language", "*"),
            ("Input Name", "*"),
        },
        True,
    ),
    (
        "Meltwater export: aggregated sentiment report by topic (no person)",
        {
            "Date": "2024-03-01",
            "Input Name": "Mercy West - Service Lines",
            "Keywords": "cardiology OR heart attack OR stroke",
            "Mentions": "1842",
            "Positive": "611",
            "Negative": "204",
            "Neutral": "1027",
            "Net Sentiment": "22.1",
            "Potential Reach": "4120031",
            "Top Country": "United States",
        },
        {("Keywords", "HEALTH_CONDITION")},
        {
            ("Date", "*"),
            ("Mentions", "*"),
            ("Positive", "*"),
            ("Net Sentiment", "*"),
            ("Potential Reach", "*"),
            ("Top Country", "*"),
        },
        False,
    ),
    (
        "Sprout Social post performance report: the brand's own awareness post, staff sender",
        {
            "Date": "10/01/2024 09:00 am",
            "Post ID": "104558812233445_877665544332211",
            "Network": "Facebook",
            "Post Type": "Post",
            "Content Type": "Photo",
            "Profile": "Lakeside Health System",
            # The marketing coordinator who published it: staff, not a patient.
            "Sent by": "Megan Torres",
            "Link": "https://www.facebook.com/104558812233445/posts/877665544332211",
            "Post": "Early detection saves lives. Book your 3D mammogram at any Lakeside "
            "imaging center. #BreastCancerAwareness #PinkOctober",
            "Impressions": "28411",
            "Reach": "19230",
            "Engagements": "1204",
            "Reactions": "988",
            "Comments": "37",
            "Shares": "179",
            "Link Clicks": "412",
            "Tags": "Campaign: Mammo Q4",
        },
        {("Post", "HEALTH")},
        {
            ("Post ID", "*"),
            ("Profile", "*"),
            ("Sent by", "*"),
            ("Link", "*"),
            ("Impressions", "*"),
            ("Engagements", "*"),
            ("Date", "*"),
        },
        False,
    ),
    (
        "Sprout Social listening messages export: Instagram post naming a son's diagnosis",
        {
            "Date (GMT)": "2024-03-14 18:22",
            "Network": "Instagram",
            "Author": "Tanya Brooks",
            "Author Handle": "@tanyab.momof3",
            "Followers": "1,284",
            "Message": "6 months since Eli's type 1 diabetes diagnosis. Huge thanks to the "
            "endo team at Children's Lakeside #T1D #insulinpump",
            "Permalink": "https://www.instagram.com/p/C4abcDEfGhI/",
            "Sentiment": "Positive",
            "Location": "Madison, WI",
            "Gender": "Female",
            "Topic": "Pediatrics",
            "Likes": "212",
            "Comments": "19",
        },
        {
            ("Author", "NAME"),
            ("Author Handle", "ONLINE_ID|NAME"),
            ("Message", "HEALTH_CONDITION"),
            ("Location", "LOCATION"),
        },
        {
            ("Followers", "*"),
            ("Sentiment", "*"),
            ("Gender", "*"),
            ("Likes", "*"),
            ("Comments", "*"),
            ("Permalink", "*"),
        },
        True,
    ),
    (
        "Facebook Page comment (Graph API) with a nested reply from the Page",
        {
            "id": "104558812233445_877665544332211_1122334455667788",
            "created_time": "2024-03-14T16:02:11+0000",
            "from": {"name": "Linda Moreno", "id": "6723451198273645"},
            "message": "I had my hip replacement with Dr. Okafor in January and I'm walking "
            "without a cane already!",
            "like_count": 24,
            "comment_count": 1,
            "permalink_url": "https://www.facebook.com/LakesideHealth/posts/877665544332211"
            "?comment_id=1122334455667788",
            "comments": {
                "data": [
                    {
                        "id": "104558812233445_877665544332211_2233445566778899",
                        "created_time": "2024-03-14T17:40:09+0000",
                        "from": {"name": "Lakeside Health System", "id": "104558812233445"},
                        "message": "We're so happy for you! Thanks for sharing.",
                    }
                ],
                "paging": {
                    "cursors": {
                        "before": "QVFIUmxtRjZA3dGVhOW5pNzZAKYnlBbHVVb2tSQzd4SXpxbThYZAHBB",
                        "after": "QVFIUjNhbm5uUkFuTFZAvbXhXT2k3a0h0T1VoTHdpb2FzQXB0bkdN",
                    }
                },
            },
        },
        {
            ("from.name", "NAME"),
            ("from.id", "ONLINE_ID|OTHER_ID"),
            ("message", "PROCEDURE"),
        },
        {
            ("id", "*"),
            ("created_time", "*"),
            ("like_count", "*"),
            ("comments.data[0].id", "*"),
            ("comments.data[0].from.name", "NAME"),
            ("comments.data[0].message", "*"),
            ("comments.paging.cursors.before", "*"),
            ("comments.paging.cursors.after", "*"),
        },
        True,
    ),
    (
        "Facebook Page comment (Graph API): a complaint about parking, no health",
        {
            "id": "104558812233445_877665544332299_3344556677889900",
            "created_time": "2024-03-15T09:12:45+0000",
            "from": {"name": "Tom Becker", "id": "7812340098123456"},
            "message": "Parking garage on Elm St was full again. Took 25 minutes to find a spot.",
            "like_count": 3,
            "comment_count": 0,
        },
        {("from.name", "NAME")},
        {("id", "*"), ("created_time", "*"), ("like_count", "*"), ("comment_count", "*")},
        False,
    ),
    (
        "Messenger conversation message (Graph API): booking with phone and DOB",
        {
            "id": "m_Ab3xQ9kLmN0pQrStUvWxYz1234567890abcdefGHIJKLmnopqrstuvWXyz0123",
            "created_time": "2024-03-14T20:15:33+0000",
            "from": {
                "name": "Angela Price",
                "email": "7012349988776655@facebook.com",
                "id": "7012349988776655",
            },
            "to": {
                "data": [
                    {
                        "name": "Lakeside Health System",
                        "email": "104558812233445@facebook.com",
                        "id": "104558812233445",
                    }
                ]
            },
            "message": "Hi, I need to book a follow up for my thyroid biopsy results. "
            "DOB 06/21/1974, best number is (414) 555-0187.",
        },
        {
            ("from.name", "NAME"),
            ("from.id", "ONLINE_ID|OTHER_ID"),
            ("message", "PROCEDURE|HEALTH_CONDITION"),
            ("message", "DATE"),
            ("message", "PHONE"),
        },
        {("id", "*"), ("created_time", "*"), ("to.data[0].name", "NAME")},
        True,
    ),
    (
        "Instagram comment (Graph API) on the brand's post, with a reply",
        {
            "id": "17858893269000001",
            "text": "My husband's melanoma was caught early here. Get your skin checked!",
            "timestamp": "2024-05-02T14:21:09+0000",
            "username": "jess.runs.513",
            "like_count": 18,
            "hidden": False,
            "replies": {
                "data": [
                    {
                        "id": "17858893269000002",
                        "text": "Thank you for sharing your story",
                        "timestamp": "2024-05-02T15:00:01+0000",
                        "username": "lakesidehealth",
                    }
                ]
            },
        },
        {("username", "ONLINE_ID|NAME"), ("text", "HEALTH_CONDITION")},
        {
            ("id", "*"),
            ("timestamp", "*"),
            ("like_count", "*"),
            ("replies.data[0].id", "*"),
            ("replies.data[0].text", "*"),
        },
        True,
    ),
    (
        "Instagram DM (Messenger Platform for Instagram webhook payload)",
        {
            "object": "instagram",
            "entry": [
                {
                    "time": 1710450000123,
                    "id": "17841400112233445",
                    "messaging": [
                        {
                            "sender": {"id": "6543210987654321"},
                            "recipient": {"id": "17841400112233445"},
                            "timestamp": 1710450000001,
                            "message": {
                                "mid": "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAw",
                                "text": "Do you take Aetna? I need a colonoscopy, my member "
                                "ID is W123456789",
                            },
                        }
                    ],
                }
            ],
        },
        {
            ("entry[0].messaging[0].sender.id", "ONLINE_ID|OTHER_ID"),
            ("entry[0].messaging[0].message.text", "PROCEDURE"),
            ("entry[0].messaging[0].message.text", "HEALTH_PLAN_ID"),
        },
        {
            ("entry[0].time", "*"),
            ("entry[0].id", "*"),
            ("entry[0].messaging[0].timestamp", "*"),
            ("entry[0].messaging[0].message.mid", "*"),
        },
        True,
    ),
    (
        "X API v2 tweet with includes.users: a patient mentions the hospital",
        {
            "id": "1768315566778899001",
            "text": "@LakesideHealth 3rd MS relapse this year, neuro wants to switch me to "
            "Ocrevus. Anyone been on it?",
            "author_id": "1399887766554433221",
            "created_at": "2024-03-14T18:30:00.000Z",
            "conversation_id": "1768315566778899001",
            "lang": "en",
            "public_metrics": {
                "retweet_count": 0,
                "reply_count": 4,
                "like_count": 9,
                "quote_count": 0,
                "impression_count": 811,
            },
            "entities": {
                "mentions": [
                    {"start": 0, "end": 15, "username": "LakesideHealth", "id": "98765432"}
                ]
            },
            "geo": {"place_id": "1d9a5370a355ab0c"},
            "includes": {
                "users": [
                    {"id": "1399887766554433221", "name": "Priya N.", "username": "priyan_ms"}
                ]
            },
        },
        {
            ("author_id", "ONLINE_ID|OTHER_ID"),
            ("text", "HEALTH_CONDITION|MEDICATION"),
            ("includes.users[0].name", "NAME"),
            ("includes.users[0].username", "ONLINE_ID|NAME"),
        },
        {
            ("id", "*"),
            ("conversation_id", "*"),
            ("created_at", "*"),
            ("lang", "*"),
            ("public_metrics.impression_count", "*"),
            ("public_metrics.like_count", "*"),
            ("entities.mentions[0].start", "*"),
            ("entities.mentions[0].username", "NAME"),
            ("geo.place_id", "*"),
        },
        True,
    ),
    (
        "X API v2 tweet: the hospital's own account on a health observance",
        {
            "id": "1841123456789012345",
            "text": "1 in 8 women will be diagnosed with breast cancer. Know your risk: "
            "https://www.lakesidehealth.org/breast-health #BreastCancerAwareness",
            "author_id": "98765432",
            "created_at": "2024-10-01T13:00:04.000Z",
            "lang": "en",
            "public_metrics": {"retweet_count": 44, "like_count": 210, "impression_count": 52011},
            "entities": {
                "hashtags": [{"start": 100, "end": 122, "tag": "BreastCancerAwareness"}],
                "urls": [
                    {
                        "start": 66,
                        "end": 89,
                        "url": "https://t.co/AbC123xYz9",
                        "expanded_url": "https://www.lakesidehealth.org/breast-health",
                    }
                ],
            },
            "includes": {
                "users": [
                    {"id": "98765432", "name": "Lakeside Health", "username": "LakesideHealth"}
                ]
            },
        },
        {("text", "HEALTH_CONDITION")},
        {
            ("id", "*"),
            ("created_at", "*"),
            ("public_metrics.impression_count", "*"),
            ("entities.urls[0].url", "*"),
            ("includes.users[0].name", "NAME"),
        },
        False,
    ),
    (
        "Reddit submission (API data object) in a condition subreddit",
        {
            "id": "1bf3k2x",
            "name": "t3_1bf3k2x",
            "author": "throwaway_lupus_2024",
            "author_fullname": "t2_9x8y7z6w",
            "subreddit": "lupus",
            "subreddit_id": "t5_2r9xq",
            "subreddit_name_prefixed": "r/lupus",
            "title": "Rheumatologist at Northwestern finally listened",
            "selftext": "After 3 years of joint pain and a butterfly rash I'm on Plaquenil "
            "and feeling human again.",
            "permalink": "/r/lupus/comments/1bf3k2x/rheumatologist_at_northwestern_finally/",
            "url": "https://www.reddit.com/r/lupus/comments/1bf3k2x/",
            "created_utc": 1710432131.0,
            "score": 142,
            "upvote_ratio": 0.98,
            "num_comments": 37,
            "link_flair_text": "Success Story",
        },
        {
            ("author", "ONLINE_ID|NAME"),
            ("author_fullname", "ONLINE_ID|OTHER_ID"),
            ("subreddit", "HEALTH_CONDITION"),
            ("selftext", "MEDICATION|HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("name", "*"),
            ("subreddit_id", "*"),
            ("created_utc", "*"),
            ("score", "*"),
            ("upvote_ratio", "*"),
            ("num_comments", "*"),
            ("link_flair_text", "*"),
        },
        True,
    ),
    (
        "Reddit comment (Pushshift dump line) naming the author's own surgery date",
        {
            "id": "kv7a9d2",
            "author": "bike_dad_mke",
            "author_fullname": "t2_4hg82ka1",
            "body": "I had my ACL reconstruction at Froedtert on 2/6/2024, PT starts next "
            "week. AMA",
            "subreddit": "ACL",
            "subreddit_id": "t5_2t2k1",
            "link_id": "t3_1bf9q0z",
            "parent_id": "t3_1bf9q0z",
            "created_utc": 1710440000,
            "score": 12,
            "controversiality": 0,
            "distinguished": None,
            "permalink": "/r/ACL/comments/1bf9q0z/comment/kv7a9d2/",
        },
        {
            ("author", "ONLINE_ID|NAME"),
            ("author_fullname", "ONLINE_ID|OTHER_ID"),
            ("body", "PROCEDURE"),
            ("body", "DATE"),
        },
        {
            ("id", "*"),
            ("link_id", "*"),
            ("parent_id", "*"),
            ("created_utc", "*"),
            ("score", "*"),
            ("controversiality", "*"),
        },
        True,
    ),
    (
        "YouTube commentThreads item on the hospital's video",
        {
            "kind": "youtube#commentThread",
            "etag": "pG3xZ1vK9qW2eR5tY8uI0oP4aS6",
            "id": "UgzX4kLm9Qw2Er5TyUi8Ao4AaABAg",
            "snippet": {
                "channelId": "UCq7Lakeside9HealthVid3oA",
                "videoId": "h3Xk9pQ2LmA",
                "topLevelComment": {
                    "kind": "youtube#comment",
                    "etag": "a1B2c3D4e5F6g7H8i9J0kL1mN2o",
                    "id": "UgzX4kLm9Qw2Er5TyUi8Ao4AaABAg",
                    "snippet": {
                        "channelId": "UCq7Lakeside9HealthVid3oA",
                        "videoId": "h3Xk9pQ2LmA",
                        "textDisplay": "My wife had this exact TAVR procedure last spring. "
                        "She&#39;s gardening again!",
                        "textOriginal": "My wife had this exact TAVR procedure last spring. "
                        "She's gardening again!",
                        "authorDisplayName": "@MarthaKline-x3t",
                        "authorProfileImageUrl": "https://yt3.ggpht.com/ytc/AIdro_kX9abc=s48-c"
                        "-k-c0x00ffffff-no-rj",
                        "authorChannelUrl": "http://www.youtube.com/@MarthaKline-x3t",
                        "authorChannelId": {"value": "UCa1B2c3D4e5F6g7H8i9J0kL"},
                        "canRate": True,
                        "viewerRating": "none",
                        "likeCount": 12,
                        "publishedAt": "2024-03-14T16:02:11Z",
                        "updatedAt": "2024-03-14T16:02:11Z",
                    },
                },
                "canReply": True,
                "totalReplyCount": 2,
                "isPublic": True,
            },
        },
        {
            ("snippet.topLevelComment.snippet.textOriginal", "PROCEDURE"),
            ("snippet.topLevelComment.snippet.authorDisplayName", "ONLINE_ID|NAME"),
            ("snippet.topLevelComment.snippet.authorChannelId.value", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("etag", "*"),
            ("id", "*"),
            ("snippet.channelId", "*"),
            ("snippet.videoId", "*"),
            ("snippet.topLevelComment.snippet.likeCount", "*"),
            ("snippet.topLevelComment.snippet.publishedAt", "*"),
            ("snippet.totalReplyCount", "*"),
        },
        True,
    ),
    (
        "TikTok Research API comment: health text but no author field at all",
        {
            "id": 7345678901234567890,
            "video_id": 7345600011122233344,
            "text": "this is exactly how my endometriosis pain feels every month",
            "like_count": 1204,
            "reply_count": 31,
            "parent_comment_id": 7345600011122233344,
            "create_time": 1710432131,
        },
        {("text", "HEALTH_CONDITION")},
        {
            ("id", "*"),
            ("video_id", "*"),
            ("like_count", "*"),
            ("reply_count", "*"),
            ("parent_comment_id", "*"),
            ("create_time", "*"),
        },
        False,
    ),
    (
        "Yelp Fusion review with its user object",
        {
            "id": "xAG4O7l-t1ubbwVAlPnDKg",
            "url": "https://www.yelp.com/biz/lakeside-dental-madison?adjust_creative="
            "xYz123&hrid=xAG4O7l-t1ubbwVAlPnDKg&utm_campaign=yelp_api_v3&utm_medium="
            "api_v3_business_reviews&utm_source=xYz123",
            "text": "Dr. Haddad did my root canal on Feb 12 and I felt nothing. Front desk "
            "got my Delta Dental claim sorted...",
            "rating": 5,
            "time_created": "2024-02-20 08:41:13",
            "user": {
                "id": "W8UK02IDdRS2GL_66fuq6w",
                "profile_url": "https://www.yelp.com/user_details?userid=W8UK02IDdRS2GL_66fuq6w",
                "image_url": "https://s3-media3.fl.yelpcdn.com/photo/iwoAD12zkONZxJ94ChAaMg/o.jpg",
                "name": "Ella A.",
            },
        },
        {
            ("user.name", "NAME"),
            ("user.id", "ONLINE_ID|OTHER_ID"),
            ("text", "PROCEDURE"),
            ("text", "DATE"),
        },
        {("id", "*"), ("rating", "*"), ("time_created", "*")},
        True,
    ),
    (
        "Yelp Fusion review: a clean one about the waiting room",
        {
            "id": "b9QpL2mXr4TtN8vW1yZ3kA",
            "url": "https://www.yelp.com/biz/lakeside-dental-madison?hrid=b9QpL2mXr4TtN8vW1yZ3kA",
            "text": "Clean waiting room, friendly staff, easy parking. Ran 10 minutes late.",
            "rating": 4,
            "time_created": "2024-03-02 12:10:55",
            "user": {
                "id": "Kq3mV7nB1cX9zL5pR2tY8w",
                "profile_url": "https://www.yelp.com/user_details?userid=Kq3mV7nB1cX9zL5pR2tY8w",
                "image_url": None,
                "name": "Marco D.",
            },
        },
        {("user.name", "NAME")},
        {("id", "*"), ("rating", "*"), ("time_created", "*"), ("text", "*")},
        False,
    ),
    (
        "Google Business Profile review (API) with the practice's reply",
        {
            "name": "accounts/112233445566778899/locations/9988776655443322/reviews/"
            "AbFvOqlX3k9mN2pQ",
            "reviewId": "AbFvOqlX3k9mN2pQ",
            "reviewer": {
                "profilePhotoUrl": "https://lh3.googleusercontent.com/a-/ALV-UjXabc123=s120-c",
                "displayName": "Marcus Webb",
                "isAnonymous": False,
            },
            "starRating": "TWO",
            "comment": "Waited 2 hours for my MRI and nobody explained the contrast dye "
            "reaction risk. My kidney disease should have been flagged.",
            "createTime": "2024-03-12T18:22:10.123456Z",
            "updateTime": "2024-03-12T18:22:10.123456Z",
            "reviewReply": {
                "comment": "We're sorry about your wait. Please contact our Patient Experience "
                "team so we can look into this. - Lakeside Imaging",
                "updateTime": "2024-03-13T09:05:44.002Z",
            },
        },
        {
            ("reviewer.displayName", "NAME"),
            ("comment", "PROCEDURE|HEALTH_CONDITION"),
        },
        {
            ("name", "*"),
            ("reviewId", "*"),
            ("starRating", "*"),
            ("createTime", "*"),
            ("reviewReply.comment", "*"),
            ("reviewReply.updateTime", "*"),
        },
        True,
    ),
    (
        "Google Business Profile Q&A: a public question and the merchant's answer",
        {
            "name": "locations/9988776655443322/questions/AIe9_BFu3kLq",
            "author": {
                "displayName": "Sam Ortiz",
                "profilePhotoUri": "//lh3.googleusercontent.com/a/default-user=s40-c",
                "type": "LOCAL_GUIDE",
            },
            "upvoteCount": 4,
            "text": "Are you open on weekends? Is there parking on site?",
            "createTime": "2023-10-02T15:01:22Z",
            "updateTime": "2023-10-02T15:01:22Z",
            "topAnswers": [
                {
                    "name": "locations/9988776655443322/questions/AIe9_BFu3kLq/answers/AIe9_Ca1",
                    "author": {"displayName": "Lakeside Urgent Care", "type": "MERCHANT"},
                    "upvoteCount": 1,
                    "text": "Yes! Saturdays 8am-2pm, walk-ins welcome, free lot on Elm St.",
                    "createTime": "2023-10-02T18:00:00Z",
                }
            ],
            "totalAnswerCount": 1,
        },
        {("author.displayName", "NAME")},
        {
            ("name", "*"),
            ("upvoteCount", "*"),
            ("createTime", "*"),
            ("topAnswers[0].name", "*"),
            ("topAnswers[0].author.displayName", "NAME"),
            ("totalAnswerCount", "*"),
        },
        False,
    ),
    (
        "Healthgrades-like provider review with a reviewer nickname",
        {
            "reviewId": "9f2c1d8e-4b3a-4a1f-9c0d-7e6f5a4b3c2d",
            "providerNpi": "1245319599",
            "providerName": "Anita Sharma, MD",
            "specialty": "Gastroenterology",
            "reviewerDisplayName": "KarenM62",
            "overallRating": 2,
            "trustRating": 3,
            "waitTime": "16 to 30 minutes",
            "reviewText": "She rushed my Crohn's follow-up and never called about my "
            "colonoscopy biopsy.",
            "submittedDate": "2024-02-10",
            "isVerifiedPatient": True,
        },
        {
            ("reviewerDisplayName", "ONLINE_ID|NAME"),
            ("providerNpi", "OTHER_ID"),
            ("providerName", "NAME"),
            ("reviewText", "HEALTH_CONDITION|PROCEDURE"),
        },
        {("reviewId", "*"), ("overallRating", "*"), ("waitTime", "*"), ("trustRating", "*")},
        True,
    ),
    (
        "WebMD Care-like review, anonymous reviewer: provider named, no patient identifier",
        {
            "review_id": "r-5521930",
            "provider_id": "prov-0081927",
            "provider_name": "Dr. Paul Nguyen",
            "reviewer": "Anonymous",
            "rating_overall": 5,
            "rating_bedside_manner": 5,
            "comment": "Great with my anxiety about needles.",
            "rating_date": "2024-01-18",
        },
        {("provider_name", "NAME"), ("comment", "HEALTH_CONDITION")},
        {("reviewer", "*"), ("rating_overall", "*"), ("review_id", "*")},
        # The clinician's name is NAME (project decision) and the comment names a
        # condition, so by the contract the record is PHI.
        True,
    ),
    (
        "Reputation.com review export (CSV) with the response and who sent it",
        {
            "Location": "Lakeside Orthopedics - Middleton",
            "Location Code": "LO-014",
            "Source": "Google",
            "Review Date": "03/11/2024",
            "Rating": "5",
            "Reviewer": "Denise Kowalski",
            "Review Title": "",
            "Review": "Knee replacement on 1/22 with Dr. Brandt. Off the walker in 3 weeks!",
            "Response": "Thank you, we are so glad you are recovering well. - Lakeside Ortho",
            "Response Date": "03/12/2024",
            "Responded By": "Jordan Alvarez",
            "Sentiment": "Positive",
            "Tags": "Surgery; Provider Praise",
            "Review URL": "https://search.google.com/local/reviews?placeid=ChIJN1t_tDeuEmsR"
            "UsoyG83frY4",
        },
        {
            ("Reviewer", "NAME"),
            ("Review", "PROCEDURE"),
            ("Review", "DATE"),
        },
        {
            ("Location Code", "*"),
            ("Rating", "*"),
            ("Response", "*"),
            ("Responded By", "*"),
            ("Sentiment", "*"),
            ("Review URL", "*"),
        },
        True,
    ),
    (
        "Yext Reviews API review with the business owner's comment",
        {
            "id": 912345678,
            "locationId": "NSH-0123",
            "publisherId": "GOOGLEMYBUSINESS",
            "rating": 1.0,
            "title": "",
            "content": "They lost my son's allergy test results twice.",
            "authorName": "Keisha Grant",
            "authorEmail": "",
            "url": "https://www.google.com/maps/reviews/data=!4m5!14m4!1m3!1m2!1s1234",
            "publisherDate": 1710432131000,
            "lastYextUpdateTime": 1710440000000,
            "status": "LIVE",
            "externalId": "ChZDSUhNMG9nS0VJQ0FnSURHdGRTRkx3EAE",
            "comments": [
                {
                    "id": 55667788,
                    "parentId": None,
                    "publisherDate": 1710500000000,
                    "authorName": "North Shore Health",
                    "authorRole": "BUSINESS_OWNER",
                    "content": "We apologize, please call our lab at your convenience.",
                    "visibility": "PUBLIC",
                }
            ],
            "labelIds": [2041, 2077],
        },
        {("authorName", "NAME"), ("content", "PROCEDURE|HEALTH_CONDITION")},
        {
            ("id", "*"),
            ("locationId", "*"),
            ("rating", "*"),
            ("publisherDate", "*"),
            ("externalId", "*"),
            ("comments[0].id", "*"),
            ("comments[0].authorName", "NAME"),
            ("comments[0].content", "*"),
            ("labelIds[0]", "*"),
        },
        True,
    ),
    (
        "Hootsuite Inbox conversation export (CSV): DM with phone, assigned agent",
        {
            "Conversation ID": "c7e1f0a2-9b3d-4e5f-8a6b-1c2d3e4f5a6b",
            "Channel": "Facebook Messenger",
            "Social Profile": "Lakeside Health System",
            "Customer Name": "Robert Haynes",
            "Customer Handle": "robert.haynes.921",
            "Status": "Resolved",
            # The community manager who answered: staff, not a patient.
            "Assignee": "Kelsey Park",
            "Team": "Patient Access",
            "Created": "2024-03-14 15:02:11",
            "Resolved": "2024-03-14 15:40:02",
            "First Response Time (min)": "12",
            "Messages": "4",
            "Last Message": "Need to reschedule my cardiac stress test, call me at 608-555-0143",
            "Tags": "appointment,reschedule",
        },
        {
            ("Customer Name", "NAME"),
            ("Customer Handle", "ONLINE_ID|NAME"),
            ("Last Message", "PROCEDURE"),
            ("Last Message", "PHONE"),
        },
        {
            ("Conversation ID", "*"),
            ("Social Profile", "*"),
            ("Assignee", "*"),
            ("Team", "*"),
            ("First Response Time (min)", "*"),
            ("Messages", "*"),
        },
        True,
    ),
    (
        "Sprout Social Smart Inbox export: a message with no health, assigned agent",
        {
            "Date": "03/15/2024 10:22 am",
            "Network": "Instagram",
            "Message Type": "Direct Message",
            "Profile": "@lakesidehealth",
            "From": "@dana.k.photos",
            "From Name": "Dana Kruger",
            "Message": "What time does the Middleton clinic open on Saturdays?",
            "Tags": "hours",
            "Assigned To": "Kelsey Park",
            "Completed By": "Kelsey Park",
            "Status": "Completed",
        },
        {("From", "ONLINE_ID|NAME"), ("From Name", "NAME")},
        {
            ("Profile", "*"),
            ("Assigned To", "*"),
            ("Completed By", "*"),
            ("Status", "*"),
            ("Message", "HEALTH"),
        },
        False,
    ),
    (
        "Sprout Social campaign performance rows (no person)",
        {
            "Campaign": "Heart Month 2024 - AFib Screening",
            "Network": "Facebook",
            "Posts": "14",
            "Impressions": "512004",
            "Engagements": "18233",
            "Engagement Rate (per Impression)": "3.56%",
            "Link Clicks": "4120",
            "Video Views": "88210",
            "Paid Impressions": "300112",
            "Spend": "$4,250.00",
            "Start Date": "2024-02-01",
            "End Date": "2024-02-29",
        },
        {("Campaign", "HEALTH_CONDITION")},
        {
            ("Posts", "*"),
            ("Impressions", "*"),
            ("Engagement Rate (per Impression)", "*"),
            ("Spend", "*"),
            ("Start Date", "*"),
            ("End Date", "*"),
        },
        False,
    ),
    (
        "Brandwatch author-level export: top authors with follower counts only",
        {
            "Author": "dr_jen_gunter",
            "Full Name": "Jen Gunter",
            "Account Type": "individual",
            "Professions": "Health Practitioner",
            "Twitter Followers": "310422",
            "Mentions": "18",
            "Impact": "71",
            "Avg Sentiment": "neutral",
            "Country": "Canada",
        },
        {("Author", "ONLINE_ID|NAME"), ("Full Name", "NAME")},
        {("Twitter Followers", "*"), ("Mentions", "*"), ("Impact", "*"), ("Country", "*")},
        False,
    ),
]

#: Records scored once, blind, at the end: other tools' variants of the same shapes.
HELD_OUT = [
    (
        "Sprinklr listening export: Facebook comment about a wife's chemo, brand reply row",
        {
            "Universal Message Id": "FBPAGE_104558812233445_877665544332211_998877",
            "Social Network": "FACEBOOK",
            "Sender Name": "Mike Sorensen",
            "Sender Screen Name": "Mike Sorensen",
            "Sender Followers Count": "0",
            "Message": "My wife starts her second round of chemo for ovarian cancer Monday. "
            "The nurses on 5 West are angels.",
            "Permalink": "https://www.facebook.com/877665544332211_998877",
            "Created Time": "03/14/2024 07:12 PM",
            "Sentiment": "POSITIVE",
            "Location": "Green Bay, Wisconsin, United States",
            "Topic": "Oncology Service Line",
        },
        {
            ("Sender Name", "NAME"),
            ("Message", "HEALTH_CONDITION|PROCEDURE|MEDICATION"),
            ("Location", "LOCATION"),
        },
        {("Universal Message Id", "*"), ("Sender Followers Count", "*"), ("Sentiment", "*")},
        True,
    ),
    (
        "Sprinklr owned-post export: the brand's Instagram post on a screening",
        {
            "Universal Message Id": "INSTAGRAM_17841400112233445_18012345678901234",
            "Social Network": "INSTAGRAM",
            "Account": "lakesidehealth",
            "Sender Name": "Lakeside Health System",
            "Message": "Colon cancer is one of the most preventable cancers. If you're 45+, "
            "talk to your doctor about a colonoscopy. #ColorectalCancerAwarenessMonth",
            "Permalink": "https://www.instagram.com/p/C4zyxWVuTsR/",
            "Created Time": "03/01/2024 10:00 AM",
            "Impressions": "22104",
            "Engagement": "811",
            "Published By": "Megan Torres",
        },
        {("Message", "HEALTH")},
        {
            ("Universal Message Id", "*"),
            ("Sender Name", "NAME"),
            ("Published By", "*"),
            ("Impressions", "*"),
            ("Created Time", "*"),
        },
        False,
    ),
    (
        "X API v2 reply with mention entities: a patient's handle only",
        {
            "id": "1768399988877766655",
            "text": "@LakesideHealth my insulin prior auth got denied again, 3 weeks without "
            "Ozempic",
            "author_id": "1122334455667788990",
            "in_reply_to_user_id": "98765432",
            "created_at": "2024-03-15T02:11:09.000Z",
            "entities": {
                "mentions": [
                    {"start": 0, "end": 15, "username": "LakesideHealth", "id": "98765432"}
                ]
            },
            "public_metrics": {"retweet_count": 2, "reply_count": 1, "like_count": 6},
        },
        {("author_id", "ONLINE_ID|OTHER_ID"), ("text", "MEDICATION")},
        {
            ("id", "*"),
            ("created_at", "*"),
            ("entities.mentions[0].username", "NAME"),
            ("public_metrics.like_count", "*"),
        },
        True,
    ),
    (
        "Reddit comment (API listing child) in a general city subreddit",
        {
            "kind": "t1",
            "data": {
                "id": "kw1b2c3",
                "name": "t1_kw1b2c3",
                "author": "MadCityNurse",
                "author_fullname": "t2_1a2b3c4d",
                "subreddit": "madisonwi",
                "body": "My mom's dialysis center on Fish Hatchery is closing. Where is everyone "
                "going now for kidney failure care?",
                "created_utc": 1710445000.0,
                "score": 31,
                "permalink": "/r/madisonwi/comments/1bfa2b3/comment/kw1b2c3/",
            },
        },
        {
            ("data.author", "ONLINE_ID|NAME"),
            ("data.author_fullname", "ONLINE_ID|OTHER_ID"),
            ("data.body", "HEALTH_CONDITION|PROCEDURE"),
        },
        {("data.id", "*"), ("data.name", "*"), ("data.created_utc", "*"), ("data.score", "*")},
        True,
    ),
    (
        "YouTube comments.list reply item",
        {
            "kind": "youtube#comment",
            "etag": "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1",
            "id": "UgzX4kLm9Qw2Er5TyUi8Ao4AaABAg.9zYxWvUtSrQ",
            "snippet": {
                "channelId": "UCq7Lakeside9HealthVid3oA",
                "textDisplay": "Same here, my COPD improved a lot after pulmonary rehab",
                "textOriginal": "Same here, my COPD improved a lot after pulmonary rehab",
                "parentId": "UgzX4kLm9Qw2Er5TyUi8Ao4AaABAg",
                "authorDisplayName": "@walt.h1950",
                "authorChannelUrl": "http://www.youtube.com/@walt.h1950",
                "authorChannelId": {"value": "UCzZ9yY8xX7wW6vV5uU4tT3s"},
                "likeCount": 3,
                "publishedAt": "2024-03-15T10:02:11Z",
            },
        },
        {
            ("snippet.textOriginal", "HEALTH_CONDITION"),
            ("snippet.authorDisplayName", "ONLINE_ID|NAME"),
            ("snippet.authorChannelId.value", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("etag", "*"),
            ("id", "*"),
            ("snippet.parentId", "*"),
            ("snippet.likeCount", "*"),
            ("snippet.publishedAt", "*"),
        },
        True,
    ),
    (
        "Vitals-like provider review with nickname and visit month",
        {
            "ReviewID": "VTL-88120034",
            "DoctorName": "Samuel Ortega, DO",
            "DoctorNPI": "1679576722",
            "Nickname": "runner_mom_22",
            "Rating": "4",
            "ReviewText": "Handled my plantar fasciitis with injections, no surgery needed.",
            "VisitDate": "2024-01",
            "PostedOn": "2024-02-03T11:20:00",
        },
        {
            ("Nickname", "ONLINE_ID|NAME"),
            ("DoctorName", "NAME"),
            ("DoctorNPI", "OTHER_ID"),
            ("ReviewText", "HEALTH_CONDITION"),
        },
        {("ReviewID", "*"), ("Rating", "*")},
        True,
    ),
    (
        "Google Business Profile review: anonymous reviewer, clinic-level comment",
        {
            "name": "accounts/112233445566778899/locations/9988776655443322/reviews/AbFvOqZ",
            "reviewId": "AbFvOqZ",
            "reviewer": {"displayName": "A Google User", "isAnonymous": True},
            "starRating": "FIVE",
            "comment": "Fast check-in and the lobby is spotless.",
            "createTime": "2024-03-09T10:00:00Z",
        },
        set(),
        {
            ("reviewer.displayName", "*"),
            ("name", "*"),
            ("comment", "*"),
            ("createTime", "*"),
            ("starRating", "*"),
        },
        False,
    ),
    (
        "Hootsuite Analytics post export: the brand's LinkedIn post on a flu clinic",
        {
            "Date": "2023-10-05",
            "Social Profile": "Lakeside Health System",
            "Network": "LinkedIn",
            "Post ID": "urn:li:share:7115432109876543210",
            "Post Permalink": "https://www.linkedin.com/feed/update/urn:li:share:"
            "7115432109876543210",
            "Post Message": "Free flu shots this Saturday at all Lakeside urgent care sites. "
            "#FluSeason #GetVaccinated",
            "Impressions": "9812",
            "Clicks": "301",
            "Likes": "144",
            "Engagement Rate": "5.2%",
            "Created By": "Megan Torres",
        },
        {("Post Message", "HEALTH")},
        {
            ("Post ID", "*"),
            ("Social Profile", "*"),
            ("Created By", "*"),
            ("Impressions", "*"),
            ("Date", "*"),
        },
        False,
    ),
    (
        "Facebook Messenger (webhook) message with email to request records",
        {
            "sender": {"id": "6897001122334455"},
            "recipient": {"id": "104558812233445"},
            "timestamp": 1710460000123,
            "message": {
                "mid": "m_1457764197618:41d102a3e1ae206a38",
                "text": "Can you send my sleep apnea study results to tina.m.roberts@yahoo.com? "
                "Thanks",
            },
        },
        {
            ("sender.id", "ONLINE_ID|OTHER_ID"),
            ("message.text", "EMAIL"),
            ("message.text", "HEALTH_CONDITION|PROCEDURE"),
        },
        {("recipient.id", "*"), ("timestamp", "*"), ("message.mid", "*")},
        True,
    ),
    (
        "Talkwalker aggregated topic export (JSON): mention counts by theme",
        {
            "project_id": "e3b0c442-98fc-1c14-9afb-f4c8996fb924",
            "topic": "Vaccine hesitancy",
            "period": "2024-03",
            "mentions": 12044,
            "engagement": 88120,
            "net_sentiment": -18.4,
            "top_countries": ["us", "ca"],
        },
        {("topic", "HEALTH")},
        {
            ("project_id", "*"),
            ("period", "*"),
            ("mentions", "*"),
            ("net_sentiment", "*"),
        },
        False,
    ),
]

#: Records of SHAPES still read wrong after the detector work, by name: ``(open, why)``,
#: where ``open`` holds the misses and false findings that remain (a wrong PHI flag is open
#: when ``open`` is empty). They move to :data:`LEFT_ALONE`, whose test holds the decision.
_LEFT_WHY: dict[str, tuple[set, str]] = {
    "Brandwatch mentions export: the health system's own post with an awareness hashtag": (
        {("Date", "DATE")},
        "a date alone in a bare ``Date`` column is reported at 0.55 (the project's decision: "
        "in a person's record the same column is a visit or fill date). A mention row is no "
        "report (no engagements or ratio beside its impressions), so its Date stays, and "
        "the record is PHI by it; the brand's handle, name and author id are not reported",
    ),
    "Talkwalker results export (JSON): a public-health post by a news site, no person": (
        set(),
        "'Cook County' in a news story is a county, a Safe Harbor geographic unit by its "
        "shape; that the story names no individual is not something a pattern can know. "
        "The record's verdict is wrong, its stated pairs hold",
    ),
    "Yelp Fusion review with its user object": (
        {("text", "DATE")},
        "'my root canal on Feb 12': a month and day without a year is a date only beside a "
        "care word the dates detector knows (surgery, visit, appointment...); a procedure "
        "the dictionary finds is not one of its context words (cross-detector context, "
        "left to the dates detector's owner). The record is PHI through the reviewer",
    ),
    "Reputation.com review export (CSV) with the response and who sent it": (
        {("Review", "DATE")},
        "'Knee replacement on 1/22': as for the Yelp review, a yearless numeric date needs "
        "a care word of the dates detector beside it. The record is PHI through the reviewer",
    ),
    "Talkwalker aggregated topic export (JSON): mention counts by theme": (
        {("topic", "HEALTH")},
        "'Vaccine hesitancy' is a public-health topic; the shipped vocabulary has 'flu "
        "vaccine' but no bare 'vaccine' (adding terms is a rebuild of the vocabulary, "
        "detectors/vocab_build.py, left to its owner). Found in HELD_OUT; the record's "
        "verdict (no person, not PHI) holds",
    ),
    "Yext Reviews API review with the business owner's comment": (
        {("externalId", "ONLINE_ID")},
        "``externalId`` is an ONLINE_ID key by the project's rule (Meta's ``external_id``, a "
        "CRM's external id of a person); Yext writes the publisher's review id there. The "
        "field cannot tell them apart; the record is PHI through the reviewer anyway",
    ),
}
#: ``(name, record, expected, must_not, phi, open, why)``: see :data:`_LEFT_WHY`.
LEFT_ALONE = [(*row, *_LEFT_WHY[row[0]]) for row in SHAPES + HELD_OUT if row[0] in _LEFT_WHY]
SHAPES = [row for row in SHAPES if row[0] not in _LEFT_WHY]
HELD_OUT = [row for row in HELD_OUT if row[0] not in _LEFT_WHY]


test_social_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)


#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records): a change that loses recall or precision on social exports fails
#: here. SHAPES (32 records, 88 expected pairs): 27 misses, 11 false findings, 24 records
#: wrong before the work; 2, 2, 5 after. HELD_OUT (10 records, 21 pairs): 7, 3, 8 before;
#: 2, 0, 2 when scored once, blind, after the SHAPES work; 1, 0, 1 after the one fix it
#: showed (a review site's ``Nickname`` handle).
FLOORS = ShapeTotals(expected=109, misses=3, false=2, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
