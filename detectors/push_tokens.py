"""DEVICE_ID: push-notification tokens written into text (logs, breadcrumbs, exports).

A push token addresses one app install on one device: the messaging service delivers to
it and to nothing else, so it identifies the device as an advertising id does (Safe
Harbor's device identifiers). Fields named for it (``push_token``, ``fcm_token``, Braze's
``push_tokens[0].token``) are read by :mod:`detectors.field_names`; this family finds the
tokens where no field names them:

* **Firebase Cloud Messaging** registration tokens have a shape of their own: an
  instance id, a colon and ``APA91b`` then ~130 URL-safe base64 characters
  (``dQw4w9WgXcQ:APA91bHun4…``); the old GCM ones are the ``APA91b…`` part alone. Nothing
  else starts so, so they are reported wherever they appear: a crash breadcrumb, a
  OneSignal ``identifier`` column, a webhook's query string.
* **APNs** device tokens are 64 hex digits, which is also how a SHA-256 looks, so one is
  taken only right after a token word (``deviceToken=…``, ``APNs token: …``), as iOS
  apps log it when they register for remote notifications.

Both are screened over the whole chunk first (a substring search for ``APA91b``, a
case-insensitive RE2 pass for ``token``), so cells without a token cost one Arrow pass each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.keyed import CONNECT, LABEL_START
from detectors.registry import register
from detectors.spans import Span

#: An FCM / GCM registration token: optional ``<instance id>:``, then ``APA91b`` and its
#: URL-safe base64 body (real ones run to ~140 characters; 60 keeps short test tokens out).
_FCM = re.compile(
    r"(?<![A-Za-z0-9_:-])(?:[A-Za-z0-9_-]{11,64}:)?APA91b[A-Za-z0-9_-]{60,400}(?![A-Za-z0-9_-])"
)
#: An APNs device token right after its label (``deviceToken``, ``device_token``,
#: ``APNs token``, ``push token``), optionally in ``<…>`` as ``NSData`` prints it.
_APNS_KEYED = re.compile(
    LABEL_START
    + r"(?i:(?:apns|push|device|remote[ _-]?notification)[ _-]?token)(?!\w)"
    + CONNECT
    + r"<?(?P<v>[0-9A-Fa-f]{64}|(?:[0-9A-Fa-f]{8} ){7}[0-9A-Fa-f]{8})>?(?![0-9A-Za-z])"
)
_SCORE = 0.9
#: RE2 screen of the APNs label, in any case (``DEVICE_TOKEN=``, ``deviceToken``).
_TOKEN_WORD = r"(?i:token)"


class PushTokenDetector:
    """FCM registration tokens by shape, APNs device tokens after their label."""

    name = "push_tokens"
    entities = frozenset({"DEVICE_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled("DEVICE_ID"):
            return
        texts = ctx.cells.text
        for cell in np.flatnonzero(ctx.containing("APA91b")).tolist():
            for m in _FCM.finditer(texts[cell]):
                yield Span(cell, m.start(), m.end(), "DEVICE_ID", _SCORE, "regex")
        for cell in ctx.candidates(_TOKEN_WORD).tolist():
            for m in _APNS_KEYED.finditer(texts[cell]):
                if len(set(m.group("v").replace(" ", ""))) > 1:  # not a zeroed placeholder
                    yield Span(cell, m.start("v"), m.end("v"), "DEVICE_ID", _SCORE, "regex")


@register("push_tokens")
def _factory(config: EngineConfig) -> PushTokenDetector:
    return PushTokenDetector()
