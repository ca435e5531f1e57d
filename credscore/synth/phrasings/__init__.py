"""Phrasing sets: the words of every family, as plain data.

``PHRASINGS[archetype][set_id][lang]`` is a mapping ``slot -> templates`` (see
:mod:`credscore.synth.grammar`). A *family* is ``"archetype/set_id"``: every account of a
family writes with that one set, and the sets of one archetype share no template, so that an
evaluation split by family tests whether a model learned the habits rather than the sentences.

The texts are written for credscore (French and English), independently of the lexicons the
signals use; the seed articles informed the habits, never the sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from credscore.synth.phrasings import (
    announcement_copier,
    blatant_guru,
    bought_engagement,
    bought_followers,
    brand_account,
    brand_community_manager,
    canned_replier,
    casual_user,
    content_farm,
    course_teacher,
    creator,
    dream_seller,
    engagement_pod,
    evergreen_recycler,
    figure_faker,
    follow_for_follow,
    funnel_guru,
    link_curator,
    mention_stuffer,
    micro_influencer,
    money_educator,
    news_outlet,
    non_native_writer,
    obfuscating_guru,
    own_work_sharer,
    paraphrase_scheduler,
    polished_guru,
    real_expert,
    scheduled_association,
    social_media_pro,
    subtle_fake,
    unlimited_seller,
    viral_creator,
    welcome_shop,
)
from credscore.synth.phrasings.common import REACTIONS

__all__ = ["LANGUAGES", "PHRASINGS", "REACTIONS", "REQUIRED_SLOTS", "PhrasingSet"]

LANGUAGES = ("fr", "en")
PhrasingSet = Mapping[str, Mapping[str, Sequence[str]]]  # lang -> slot -> templates

PHRASINGS: Mapping[str, Mapping[str, PhrasingSet]] = {
    "blatant_guru": blatant_guru.SETS,
    "subtle_fake": subtle_fake.SETS,
    "content_farm": content_farm.SETS,
    "unlimited_seller": unlimited_seller.SETS,
    "real_expert": real_expert.SETS,
    "link_curator": link_curator.SETS,
    "brand_community_manager": brand_community_manager.SETS,
    "casual_user": casual_user.SETS,
    "non_native_writer": non_native_writer.SETS,
    # hard genuine cases: broadcasting mechanics without hollow talk
    "news_outlet": news_outlet.SETS,
    "own_work_sharer": own_work_sharer.SETS,
    "welcome_shop": welcome_shop.SETS,
    "announcement_copier": announcement_copier.SETS,
    "scheduled_association": scheduled_association.SETS,
    "social_media_pro": social_media_pro.SETS,
    # fakes that game the signals
    "mention_stuffer": mention_stuffer.SETS,
    "canned_replier": canned_replier.SETS,
    "figure_faker": figure_faker.SETS,
    "paraphrase_scheduler": paraphrase_scheduler.SETS,
    "evergreen_recycler": evergreen_recycler.SETS,
    "obfuscating_guru": obfuscating_guru.SETS,
    "polished_guru": polished_guru.SETS,
    # the funnel guru (free thing for a comment, link in the first comment) and a real trainer who gives a
    # resource away now and then
    "funnel_guru": funnel_guru.SETS,
    "course_teacher": course_teacher.SETS,
    # the seller of a dream (trading, e-commerce, real estate, mindset: money and transformation, not social media)
    # and its genuine counterpart, who talks about money and results honestly
    "dream_seller": dream_seller.SETS,
    "money_educator": money_educator.SETS,
    # influencers (issue #13): genuine ones, the hard genuine case, fakes that buy or swap their numbers
    "micro_influencer": micro_influencer.SETS,
    "creator": creator.SETS,
    "brand_account": brand_account.SETS,
    "viral_creator": viral_creator.SETS,
    "bought_followers": bought_followers.SETS,
    "engagement_pod": engagement_pod.SETS,
    "follow_for_follow": follow_for_follow.SETS,
    "bought_engagement": bought_engagement.SETS,
}

_EXPERT_SLOTS = frozenset({"bio", "subject", "news_short", "news_long", "work", "metric", "customer", "life",
                           "opinion", "reply", "link_comment", "dm_in", "dm_reply", "fake_habit"})
# An influencer's post is about a ``subject`` (a dish, a trail, a phone) that its comments name too.
_INFLUENCER_SLOTS = frozenset({"bio", "subject", "caption", "sponsored", "comment", "answer"})
# The slots each archetype's behaviour reads; every set of the archetype must define them.
REQUIRED_SLOTS: Mapping[str, frozenset[str]] = {
    "blatant_guru": frozenset({"bio", "link_post", "hype", "welcome_dm", "genuine_habit"}),
    "subtle_fake": frozenset({"bio", "post", "slogan", "praise", "offtopic", "tag", "dm", "genuine_habit"}),
    "content_farm": frozenset({"name", "bio", "headline", "repost"}),
    "unlimited_seller": frozenset({"bio", "offer", "proof", "pitch_dm", "cold_dm", "dm_in", "followup_dm",
                                   "genuine_habit"}),
    "real_expert": _EXPERT_SLOTS,
    "non_native_writer": _EXPERT_SLOTS,
    "link_curator": frozenset({"bio", "comment_link", "comment_short", "reply", "life", "dm_in", "dm_reply",
                               "fake_habit"}),
    "brand_community_manager": frozenset({"name", "bio", "announcement", "customer_reply", "figures", "behind",
                                          "question", "dm_in", "dm_reply", "fake_habit"}),
    "casual_user": frozenset({"bio", "everyday", "reply", "link_share", "dm", "dm_in"}),
    "news_outlet": frozenset({"name", "bio", "section", "feed", "headline", "correction", "reader_reply", "witness",
                              "photo", "dm_in", "dm_reply"}),
    "own_work_sharer": frozenset({"bio", "announce", "path", "reply", "field", "other", "life", "dm_in",
                                  "dm_reply"}),
    "welcome_shop": frozenset({"name", "bio", "welcome", "figures", "arrival", "practical", "customer_reply",
                               "dm_in", "dm_reply", "fake_habit"}),
    "announcement_copier": frozenset({"bio", "announce", "path", "reply", "tech", "question", "life", "dm_in",
                                      "dm_reply"}),
    "scheduled_association": frozenset({"name", "bio", "schedule", "need", "result", "thanks", "reply", "dm_in",
                                        "dm_reply"}),
    "social_media_pro": frozenset({"bio", "case", "lesson", "reply", "question", "link", "life", "dm_in",
                                   "dm_reply", "fake_habit"}),
    "mention_stuffer": frozenset({"bio", "broadcast", "link_post", "cc", "welcome_dm", "genuine_habit"}),
    "canned_replier": frozenset({"bio", "broadcast", "link_post", "canned", "welcome_dm", "genuine_habit"}),
    "figure_faker": frozenset({"bio", "broadcast", "figure", "thanks", "link_post", "welcome_dm", "genuine_habit"}),
    "paraphrase_scheduler": frozenset({"bio", "message", "open_long", "close_long", "open_short", "close_short",
                                       "tag", "thanks", "welcome_dm", "genuine_habit"}),
    "evergreen_recycler": frozenset({"bio", "evergreen", "welcome_dm", "genuine_habit"}),
    "obfuscating_guru": frozenset({"bio", "broadcast", "link_post", "buzz", "welcome_dm", "genuine_habit"}),
    "polished_guru": frozenset({"bio", "post", "short", "welcome_dm", "genuine_habit"}),
    "funnel_guru": frozenset({"bio", "bait", "cta_keyword", "cta_first", "link_reply", "x_suffix", "oneliner",
                              "deliver_dm", "welcome_dm", "genuine_habit"}),
    "course_teacher": frozenset({"bio", "path", "lesson", "numbers", "failure", "course", "freebie", "teaser",
                                 "first_comment", "question", "reply", "life", "dm_in", "dm_reply", "fake_habit"}),
    "dream_seller": frozenset({"bio", "dream", "proof_caption", "oneliner", "dm_me", "pitch_dm", "pitch_personal",
                               "keyword_in", "keyword_reply", "genuine_habit"}),
    "money_educator": frozenset({"bio", "numbers", "failure", "lesson", "warning", "offer", "path", "screenshot",
                                 "question", "reply", "life", "dm_in", "dm_reply", "fake_habit"}),
    "micro_influencer": _INFLUENCER_SLOTS,
    "creator": _INFLUENCER_SLOTS,
    "brand_account": _INFLUENCER_SLOTS | {"name"},
    "viral_creator": _INFLUENCER_SLOTS,
    "bought_followers": _INFLUENCER_SLOTS | {"coaching"},
    "engagement_pod": _INFLUENCER_SLOTS,
    "follow_for_follow": _INFLUENCER_SLOTS | {"coaching"},
    "bought_engagement": _INFLUENCER_SLOTS,
}
