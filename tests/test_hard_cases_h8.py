"""Eighth round of hand-written hard cases (issues 11 and 13): influencers on Instagram, TikTok and YouTube with their
audience and follower counts over time, people who announce the same thing everywhere, and fake experts whose tricks
live in their comment sections, their followers or their direct messages.

The twelve accounts in ``tests/hard_cases/h8_*.json`` were written by hand, outside the generator, as an independent
auditor would (format 1.1: counters, comments others wrote, audience samples, snapshots, media). Six are genuine: a
French sewing creator on Instagram and TikTok with marked partnerships ("#partenariat", "code LEA15 : -15 %"), varied
comments, an audience sample with its share of junk followers and a wave of followers after the video that travelled;
an English garage woodworker on TikTok and YouTube, "#ad" tool tests with a discount code, a viral video and the
followers it brought; a small-business podcast whose scheduler announces each episode at 07:00 on four networks with
one template (link, guest, topic), its host answering listeners by hand; a French local reporter sharing her own
articles on X, Bluesky and Facebook, correcting herself and answering readers and tipsters; a French folk trio pasting
each tour date with its ticket link to three networks; a bike-shop chain's social-media manager talking engagement,
community and reach with the chain's figures and answering customers. Six are fake: a lifestyle "brand deals coach"
whose followers were delivered by the thousand on days no post explains (snapshots; 70 % of the audience sample are
mass followers) but who answers every comment warmly in her own words; a LinkedIn "fractional CMO" whose eight pod
members comment "Great insight!" variants within minutes of every post; a French "3 exits" entrepreneur who reposts
English threads and publishes them two days later in French as his own lessons; an "AI growth hacker" promising "10k
followers in 30 days" with carousels captioned by hashtags only, a tool DM-ing his link to whoever comments a keyword,
and follow-then-unfollow growth; a French personal-branding coach with long stories of invented client results and
the same pitch DM to each new LinkedIn connection (the export dates connections to the day only); a French TikTok
"business coach" whose comments are "🔥🔥" and "Trop vrai" from accounts created the same week, without avatar or
post.

Asserted (with every round's cases, in ``tests/test_hard_case_rounds.py``): the auditor's band for every case
credscore meets; no genuine account, nor a thinner or one-platform view of one, in ``likely_fake``; no genuine account
accused of a blatant habit by a rule; no fake that credscore does not already let through in ``likely_genuine``.

What this round changed (the lead, after the round's report; model credscore-default@784deb35f665, which these fixes
leave as it was: no account of the generated corpus moves):

- ``h8_en_influencer_bought_followers_warm_replies`` (fake) was 0.7, ``likely_genuine``: her warm, varied answers to
  each commenter are real conversation and outweighed a bought audience in the model (audience_quality.
  mass_follower_share 70 %, +7.44). Rule ``bought-audience-not-genuine`` (the audience family at four times the
  level read as "partly bought") withholds "likely genuine" whatever else the account does. And her deliveries (9,500
  to 15,000 followers in a day, no post that day) were "explained": the bar of a post that travelled (twice the median
  likes, ``growth._travelled_bar``) took the median over her twenty replies with 0-4 likes too (335, against 1,041
  over her posts), so every ordinary post "travelled". The bar now comes from the account's posts alone: probability
  0.007 -> 0.23; 35, ``uncertain`` (asserted: not likely_genuine; one family, never an accusation).
- ``h8_fr_coach_personal_branding_dm_connexion`` (fake) was 37.6, ``uncertain``: one of her one-line answers, "Je
  t'écris en privé Cécile 😉", counted as an exchange, though it only moves a prospect to private messages. Such a
  short reply now says nothing in public (lexicon ``private_redirects``): 74.7, ``likely_fake``, asserted. Her pitch
  DM to each new LinkedIn connection is still unseen as a welcome (LinkedIn dates connections to the day only).

Not asserted (credscore disagrees with a careful auditor; scored with the model and rules above):

- ``h8_fr_guru_threads_recycles`` (fake): 60, ``uncertain`` (asserted: not likely_genuine); probability 0.71, capped
  by hollow-talk-and-silence-two-networks, self-proclaimed-title (+5, "Serial entrepreneur"). Reasons:
  conversation.generic_reply_share 100 % (+0.70), buzzwords.post_share 16 % (+0.38), engagement.comments_per_like
  0.08 (-0.32). Nothing relates an English thread he reposted to the French "lesson" he publishes as his own two days
  later (no cross-language or reposted-content comparison); "Suis-moi pour plus de contenus comme ça", "RT le premier
  tweet" and the scheduled 07:30 and 12:00 posts (round-minute share 84 %) weigh little. Without its bios: 28.5,
  likely_genuine.

Also seen: the French coach's score swings with the folds' isotonic calibration (logits -0.9 to 0 give fold
probabilities from 0.08 to 0.91); removing the bios of a one-platform fake without DMs (the pod, the TikTok coach)
caps it at 60 by ``no-self-presentation``, by design.
"""

from __future__ import annotations

import statistics

import pytest

from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    assert_format_1_1_history,
    assert_no_comment_reused,
    assert_no_text_reused_within_a_platform,
    document,
    rules_fired,
    verdict,
)

H8_CASES = sorted(path.stem for path in HARD_CASES.glob("h8_*.json"))

GENUINE = ("h8_fr_creatrice_couture_sponsorisee", "h8_en_tiktok_woodworker_sponsored", "h8_en_podcast_four_platforms",
           "h8_fr_journaliste_locale_articles", "h8_fr_trio_folk_dates_tournee", "h8_en_brand_social_media_manager")
FAKE = ("h8_en_influencer_bought_followers_warm_replies", "h8_en_linkedin_engagement_pod",
        "h8_fr_guru_threads_recycles", "h8_en_ai_growth_hacker_carousels",
        "h8_fr_coach_personal_branding_dm_connexion", "h8_fr_coach_business_tiktok_commentaires")
# Where credscore disagrees with the auditor today (see the module docstring): not asserted.
ESCAPING_FAKES: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    "h8_en_linkedin_engagement_pod": "likely_fake",
    "h8_en_ai_growth_hacker_carousels": "likely_fake",
    "h8_fr_coach_business_tiktok_commentaires": "likely_fake",
    "h8_fr_coach_personal_branding_dm_connexion": "likely_fake",
}
FIRST_POSTS = 12
INFLUENCER_PLATFORMS = frozenset({"instagram", "tiktok", "youtube"})
# The genuine creators whose audience sample and snapshots the verdict reads.
GENUINE_CREATORS = ("h8_fr_creatrice_couture_sponsorisee", "h8_en_tiktok_woodworker_sponsored")
# A real creator's followers hold some junk (giveaway hunters, follow-back accounts), far from a bought audience.
REAL_AUDIENCE_MASS_FOLLOWERS = 0.2
# A wave of followers after a post that travelled gains many times what an ordinary interval does.
WAVE_FACTOR = 10


def _is_influencer(name: str) -> bool:
    doc = document(name)
    on_their_platforms = {profile["platform"] for profile in doc["profiles"]} & INFLUENCER_PLATFORMS
    return bool(on_their_platforms) and bool(doc.get("audience") or doc.get("snapshots"))


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H8_CASES
    assert len(GENUINE) == len(FAKE) == 6
    assert set(ESCAPING_FAKES) < set(FAKE)
    languages = {name: document(name)["lang"] for name in H8_CASES}
    assert list(languages.values()).count("fr") == list(languages.values()).count("en") == 6
    assert [languages[name] for name in GENUINE].count("fr") >= 3
    assert [languages[name] for name in FAKE].count("en") >= 3
    assert sum(map(_is_influencer, H8_CASES)) >= 4
    assert sum(map(_is_influencer, GENUINE)) >= 2 and sum(map(_is_influencer, FAKE)) >= 2
    for name in H8_CASES:
        assert_format_1_1_history(name)
    # Some answer others, some hold direct messages, some relate them to follows with their times.
    assert sum(any(post.get("kind") == "reply" for post in document(name)["posts"]) for name in H8_CASES) >= 6
    assert sum(bool(document(name).get("messages")) for name in H8_CASES) >= 3
    assert sum(bool(document(name).get("follows")) for name in H8_CASES) >= 2


def test_no_small_pool_of_texts_is_reused_within_a_platform():
    # People write a new text for each post: copies go to another network, not the same one. (A pod member's
    # "Appreciate you, Mark! 🙏" under his comment is a reply, and it is the fake's habit to repeat it.)
    for name in H8_CASES:
        assert_no_text_reused_within_a_platform(name, genuine=name in GENUINE)


def test_no_comment_text_is_reused_across_a_genuine_accounts_posts():
    # Real commenters write different things; the pod and the bot comments of the fakes are what repeats.
    for name in GENUINE:
        assert_no_comment_reused(name)


@pytest.mark.parametrize("name", GENUINE_CREATORS)
def test_a_creator_with_marked_partnerships_and_a_real_audience_is_not_accused(name):
    # Promo codes and "#ad" in captions, a sample of followers with a little junk in it, and a wave of followers in
    # the days after the video that travelled: what a real creator's audit shows.
    scored = verdict(name)
    gains = [later["followers"] - earlier["followers"]
             for earlier, later in zip(document(name)["snapshots"], document(name)["snapshots"][1:], strict=False)]
    assert max(gains) >= WAVE_FACTOR * statistics.median(gains)
    assert scored.signals["growth"].values["unexplained_growth_share"] == 0
    assert 0 < scored.signals["audience_quality"].values["mass_follower_share"] <= REAL_AUDIENCE_MASS_FOLLOWERS
    assert scored.band == "likely_genuine", scored.score


def test_a_podcast_announcing_each_episode_everywhere_with_one_template_is_not_accused():
    # The same announcement on four networks within seconds at 07:00, each with its episode link: a scheduler.
    scored = verdict("h8_en_podcast_four_platforms")
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.9
    assert scored.signals["link_only"].values["link_share"] >= 0.5
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_social_media_manager_talking_reach_and_engagement_is_not_a_guru():
    # Her subject is social media, told with the chain's figures and answers to customers.
    scored = verdict("h8_en_brand_social_media_manager")
    assert scored.signals["conversation"].values["reply_share"] >= 0.3
    assert scored.band == "likely_genuine", scored.score


def test_the_same_eight_commenters_under_every_post_are_a_pod():
    # "Great insight, Ryan!", "This is gold 🔥"…: the same eight people within minutes, on every post.
    scored = verdict("h8_en_linkedin_engagement_pod")
    assert scored.signals["comment_authenticity"].values["pod_share"] >= 0.9
    assert scored.band == "likely_fake", scored.score


def test_fire_emoji_comments_from_empty_accounts_are_not_a_real_audience():
    scored = verdict("h8_fr_coach_business_tiktok_commentaires")
    assert scored.signals["comment_authenticity"].values["generic_comment_share"] >= 0.5
    assert scored.signals["audience_quality"].values["empty_share"] >= 0.8
    assert scored.band == "likely_fake", scored.score


def test_a_keyword_dm_tool_and_follow_unfollow_growth_are_seen():
    scored = verdict("h8_en_ai_growth_hacker_carousels")
    assert scored.signals["growth"].values["follow_churn_share"] >= 0.9
    assert {"follow-for-follow-churn", "sales-pitch-dms"} <= rules_fired(scored)
    assert scored.band == "likely_fake", scored.score
