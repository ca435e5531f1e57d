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
    blatant_guru,
    brand_community_manager,
    casual_user,
    content_farm,
    link_curator,
    non_native_writer,
    real_expert,
    subtle_fake,
    unlimited_seller,
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
}

_EXPERT_SLOTS = frozenset({"bio", "subject", "news_short", "news_long", "work", "metric", "customer", "life",
                           "opinion", "reply", "link_comment", "dm_in", "dm_reply", "fake_habit"})
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
}
