"""The push_tokens detector: FCM registration tokens by shape, APNs tokens after their label."""

from __future__ import annotations

import hashlib

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("push_tokens",)))


DEV = "DEVICE_ID"
FCM = (
    "dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx8pF-Wp5ZQ3a_Lb0tG1uT8dEo0Ht9"
    "yqW1xR5sB7cD3eF2gH4iJ6kL8mN0oP"
)
GCM = FCM.split(":", 1)[1]  # an old GCM registration id: the APA91b part alone
APNS = "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad"
NSDATA = " ".join(APNS[i : i + 8] for i in range(0, 64, 8))  # how NSData prints it
SHA = hashlib.sha256(b"maria@example.com").hexdigest()

POSITIVES = [
    # a crash breadcrumb, a OneSignal ``identifier`` column, a webhook's query string
    ("breadcrumbs[0].message", f"FCM registration ok, token {FCM}", [(DEV, FCM)]),
    ("identifier", FCM, [(DEV, FCM)]),
    ("url", f"https://api.example.com/register?token={FCM}&os=android", [(DEV, FCM)]),
    ("note", f"gcm id {GCM}.", [(DEV, GCM)]),
    # iOS apps log the APNs token when they register for remote notifications
    ("message", f"didRegisterForRemoteNotifications deviceToken={APNS}", [(DEV, APNS)]),
    ("log", f"DEVICE_TOKEN={APNS.upper()}", [(DEV, APNS.upper())]),  # the label in capitals
    ("message", f"APNs token: <{NSDATA}>", [(DEV, NSDATA)]),
    ("log", f'payload: {{"push_token": "{APNS}", "os": "ios"}}', [(DEV, APNS)]),
]

NEGATIVES = [
    # the marker alone, or a token too short to be one
    ("note", "tokens from APA91b are FCM's"),
    ("note", "x:APA91bHun4MxP5egoKMwt2KZ"),
    # 64 hex digits without a token word are a SHA-256 as often as anything
    ("message", f"sha256 {SHA}"),
    ("identifier", APNS),
    ("message", f"access token {SHA}"),  # an API's, not a device's
    ("message", f"deviceToken={'0' * 64}"),  # a zeroed placeholder
    ("message", "device token refreshed"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)
