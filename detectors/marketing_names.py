"""Health context in the names marketers give their audiences, lists and sends.

Email, SMS and automation platforms export, with every send, open, click and membership
row, the name of what the person was put in or sent: Marketing Cloud's
``TriggeredSendExternalKey`` (``Oncology_Welcome_Series_Email1``), a Marketo program
(``OB-Prenatal Nurture.Trimester 2 Email``), a Dynamics journey (``Maternity - Expecting
Parents Nurture``), a Pardot list (``Endocrinology Newsletter``), a Segment audience key
(``oncology_patients_retargeting``). Health systems name them after the service line, and
the dictionary deliberately stops bare specialty words (``oncology`` in a banner or a menu
says nothing about a person). In one of these names it does: the person on the row was put
on the oncology list.

So, in fields whose key names a marketing grouping or asset (campaign, list, segment,
audience, journey, canvas, flow, program, tag, badge, data extension, triggered send,
email or template name) or a conversion the advertiser counts (a Google Ads conversion
action, a custom event: what the person did), a care specialty of
``data/specialties.txt`` is a PROCEDURE (the kind of care the grouping is about, as
:mod:`detectors.health_fields` reads a service line). Words are matched across the
separators such names use (``_``, ``-``, ``.``, camel case), whole words only.

Decisions worth knowing:
    * A campaign name with a health word is health context whether the mailing went to
      patients or to every subscriber: one row cannot tell a broadcast from a list built
      from a diagnosis, and a person's receipt of a provider's named health mailing is
      what the tracking guidance treats as revealing. A name without a specialty
      ("March Newsletter") gets nothing here.
    * Findings rank with the ``health_field`` kind (below the dictionary), so a term the
      vocabulary knows keeps its own span and entity.
    * Only the named fields are read, found once per distinct path (cached); cells of
      other fields cost nothing, and those of these fields go through one Arrow (RE2)
      screen of the specialties before any Python regex.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens
from detectors.health_fields import specialties
from detectors.registry import register
from detectors.spans import Span

KIND = "health_field"
ENTITY = "PROCEDURE"
SCORE = 0.6

#: Last-key phrases (tokens joined by ``_``) of marketing groupings and assets; the key
#: must end with one (``UNSUB_CAMPAIGN_TITLE``, ``CustomerJourneyName``).
NAME_PHRASES: tuple[str, ...] = (
    "campaign_name", "campaign_title", "email_name", "message_name", "journey_name",
    "canvas_name", "canvas_step_name", "step_name", "flow_name", "workflow_name",
    "program_name", "latest_program", "program", "list", "lists", "list_name",
    "segment", "segments", "segment_name", "audience", "audiences", "audience_name",
    "audience_key", "computation_key", "tag", "tags", "badge", "badges",
    "triggered_send_external_key", "triggered_send_key", "data_extension",
    "data_extension_name", "asset_name", "template_name", "primary_attribute_value",
    "interest_list", "interest_lists", "interests", "topics", "preferred_topics",
    "areas_of_interest", "subscriptions",
    # a bare ``Campaign`` column (Pardot's prospect export, Salesforce campaign members)
    "campaign", "campaigns",
    # lists of names, and Mailchimp's interest groups ("Topics of interest", ``GROUPINGS``)
    "list_names", "segment_names", "audience_names", "campaign_names", "tag_names",
    "interest", "interest_groups", "topics_of_interest", "groupings",
    # direct mail: the version (creative / segment) of a mail file row and of the match-back
    # and nixie files keyed to it (``VERSION``: ``CARDIO_55PLUS_B``, ``Mailed Version``);
    # an app's or an API's version is digits and never names a specialty
    "version", "versions", "mail_version", "mailed_version", "version_code", "version_name",
    # the conversions an advertiser counts, named after what the person did: a Google Ads
    # conversion action (``Schedule Appointment - Oncology``; ``Conversion Name`` in the
    # offline-import templates), the label of a conversion's custom variable, a pixel's
    # custom event (Reddit's ``custom_event_name``: ``Schedule_Appointment_Oncology``)
    "conversion_action", "conversion_action_name", "conversion_name", "conversion_names",
    "custom_variables", "custom_variable", "custom_event_name", "custom_conversion_name",
    # programmatic buying's groupings of the people an ad was bought for: a DSP's ad group
    # and ad set (The Trade Desk's ``AdGroupName`` in its log-level rows), named after the
    # audience they target (a line item is a catalog's ``item`` to THING_PARENTS)
    "ad_group_name", "adgroup_name", "ad_set_name", "adset_name", "tracking_tag_name",
)  # fmt: skip
#: A bare ``name``, ``title`` or ``key`` under a parent holding one of these words
#: (Pardot's ``campaign.name``, HubSpot's ``lists[0].name``, Braze's user export
#: ``campaigns_received[0].name`` and ``canvases_received[0].name``).
GROUP_PARENTS = frozenset(
    {"campaign", "campaigns", "list", "lists", "segment", "segments", "audience",
     "audiences", "journey", "journeys", "canvas", "canvases", "flow", "flows", "program",
     "programs", "tag", "tags", "template", "templates", "asset", "assets", "workflow",
     "workflows", "step", "steps"}
)  # fmt: skip
BARE_KEYS = frozenset({("name",), ("title",), ("key",)})
#: Words of a catalog's or a site's objects: their tags and lists describe a thing
#: (``product.tags``, ``article.tags``), not a grouping of people.
THING_PARENTS = frozenset(
    {"product", "products", "item", "items", "page", "pages", "article", "articles", "post",
     "posts", "content", "blog", "catalog", "category", "categories", "sku", "variant",
     "collection", "collections", "doc", "document", "file", "video"}
)  # fmt: skip
#: Words of a name that say its audience is clinicians (``HCP_Cardiology_Newsletter``,
#: ``Oncology KOL Advisory Invite``, ``Endocrinology Prescribers Q3``): a pharma brand's or
#: a hospital's physician-relations sends are grouped by the recipients' specialty, their
#: work, not the care they receive (as detectors/job_fields.py reads a job title).
CLINICIAN_AUDIENCE = frozenset(
    {"hcp", "hcps", "kol", "kols", "prescriber", "prescribers", "clinician", "clinicians"}
    | {"referring", "physicians"}
)
#: A name's words: runs of capitals (``HCP``), capitalized or lower-case words, digits.
_NAME_WORD = re.compile(r"[A-Z]+s(?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
#: Specialties shorter than this are matched only when written in capitals (``ENT``), so
#: that "ent" in a word split by a separator is not one.
MIN_LOWER = 4


@functools.lru_cache(maxsize=16384)
def name_field(path: str) -> bool:
    """True when a hint path's last key names a marketing grouping or asset (cached)."""
    keys = key_tokens(path)
    if not keys or not keys[-1]:
        return False
    if keys[-1][0] == "utm":
        return False  # the ad campaign that brought a visit, not a grouping of the person
    if any(not THING_PARENTS.isdisjoint(k) for k in keys):
        return False  # a catalog's list or tag (GA4's ``item_list_name``, ``product.tags``)
    key = "_".join(keys[-1])
    if any(key == p or key.endswith("_" + p) for p in NAME_PHRASES):
        return True
    return keys[-1] in BARE_KEYS and len(keys) > 1 and not GROUP_PARENTS.isdisjoint(keys[-2])


@functools.cache
def _alternation() -> str:
    """The specialties as one alternation, words joined by any run of separators; valid in
    both Python's ``re`` and RE2 (the Arrow screen)."""
    terms = sorted(specialties(), key=len, reverse=True)
    return "|".join(r"[\W_]+".join(map(re.escape, t.split())) for t in terms)


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The exact matcher (spans, then the whole-word check in Python)."""
    return re.compile(_alternation(), re.IGNORECASE)


def _whole_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not part of a longer word; a camel-case boundary
    (``OncologyWelcome``) or a digit (``Email1``) ends a word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() and not (before.islower() and text[start].isupper()):
        return False
    return not (after.isalpha() and not (text[end - 1].islower() and after.isupper()))


def specialty_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each whole-word care specialty in a marketing name."""
    for m in _pattern().finditer(text):
        start, end = m.span()
        if not _whole_word(text, start, end):
            continue
        if end - start < MIN_LOWER and not m.group().isupper():
            continue
        yield start, end


def clinician_audience(text: str) -> bool:
    """True when a marketing name says it is addressed to clinicians (see
    :data:`CLINICIAN_AUDIENCE`); camel case and separators split its words."""
    return not CLINICIAN_AUDIENCE.isdisjoint(w.lower() for w in _NAME_WORD.findall(text))


class MarketingNameDetector:
    """Care specialties inside the names of campaigns, lists, audiences and journeys."""

    name = "marketing_names"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        in_field = ctx.path_mask(name_field)
        if not in_field.any():
            return
        # an Arrow (RE2) screen first: most names hold no specialty ("March Newsletter")
        hits = ctx.candidates(_alternation(), ignore_case=True, among=in_field)
        text = ctx.cells.text
        for i in hits.tolist():
            if clinician_audience(text[i]):
                continue
            for start, end in specialty_spans(text[i]):
                yield Span(i, start, end, ENTITY, SCORE, KIND)


@register("marketing_names")
def _factory(config: EngineConfig) -> MarketingNameDetector | None:
    return MarketingNameDetector() if ENTITY in config.entities else None
