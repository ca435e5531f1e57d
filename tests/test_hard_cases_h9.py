"""Ninth round of hand-written hard cases (issues 11 and 13): the growth tactics of 2025-26 LinkedIn and creator
culture, used honestly by real people and dishonestly by fake experts.

The twelve accounts in ``tests/hard_cases/h9_*.json`` were written by hand, outside the generator, as an independent
auditor would (format 1.1: counters, comments others wrote, media, views; snapshots and audience samples on the
shop and the influencers). Six are genuine: a bank-reconciliation SaaS that puts each link in its own first comment on
LinkedIn (the platform buries posts with links), runs a free webinar now and then, publishes a price rise, an outage
postmortem and its support figures, and answers customers; a French Excel and Power Query trainer who sells a
Qualiopi course, gives a free template a month and answers her students' formula questions on LinkedIn and YouTube; an
energy-newsletter writer whose scheduler posts each issue's summary at 07:00 to LinkedIn ("Link in the comments"), X
and Bluesky, who corrects herself and answers readers; a French soap maker whose scheduler sends each post to
Instagram and Facebook at 18:00 with its promo code (RENTREE10, ORTIE15, NOEL5) and who sends every new follower the
same welcome DM with a first-order code; a French bridge engineer writing long "broetry" LinkedIn posts about her
inspections, with figures and her own mistakes; a French animal shelter's winter donation drive, the same call with
the donation link on three networks at 11:00, progress figures and the published accounts. Six are fake: an "AI
productivity" guru whose every post is a lead magnet ("Comment PROMPT and I'll DM you the guide", "Link in first
comment 👇"), his first comments and X self-replies carrying the links, and the same DM sending each commenter the
guide with a $497 upsell; a French "formateur IA" selling a 997 € programme with invented student results (Sophie,
52, 8,400 € in three weeks) and a welcome DM pitching a call to each new Instagram follower within two minutes; a
ghost-written "founder" whose LLM-polished stories of failure and success carry no verifiable detail, with nine pod
members commenting within minutes of every 07:45 post, through an AI comment assistant that quotes the post; a
motivational guru who reposts other people's viral posts and publishes them reworded as his own two weeks later on
LinkedIn and, flattened, on Threads; a TikTok and Instagram business coach with followers delivered by the ten
thousand on days without a post, an audience sample that is 70 % mass followers and a pitch DM to each new follower; a
French "Top Voice" leadership coach whose LinkedIn and Instagram comments all come from the same circle of eight
coaches within minutes.

Asserted (with every round's cases, in ``tests/test_hard_case_rounds.py``): the auditor's band for every case
credscore meets; no genuine account, nor a thinner or one-platform view of one, in ``likely_fake``; no genuine account
accused of a blatant habit by a rule; no fake that credscore does not already let through in ``likely_genuine``.

Asserted since the lead-magnet signal and rule of this session (model credscore-default@571e82898e23):

- ``h9_en_ai_productivity_lead_magnet`` (fake) was 1.2, ``likely_genuine``, with the model before them
  (credscore-default@784deb35f665): probability 0.01 though every reason shown raised the score (template DMs 100 %,
  no reply of his own, canned "Sent! Check your DMs 📩" replies), because his keyword comments ("PROMPT", "AUDIT")
  count as authentic comments (generic_comment_share 12 %: -1.46 against the model's mean) and ``sales-pitch-dms``
  needs hollow talk the lexicons do not see in 2025 AI-guru wording. Now 65, ``likely_fake``, by the floor of rule
  ``lead-magnet-funnel`` alone (probability 0.03). When this round was scored, lead_magnets.bait_share was 35 %, just
  over the rule's 30 %, though all 16 of his LinkedIn posts are bait: "Comment BRIEF and it's yours", "Comment INBOX
  for the exact setup", "comment TOOLS", "Comment AGENT 👇" (a keyword call without a delivery verb within reach)
  were missed; what a keyword is for ("for", "and it's yours", "pour") and a keyword that ends its sentence now count
  (61 %). "… Notion template. Link in first comment 👇" still does not: a bare "link in the first comment" is where
  LinkedIn users, a newspaper's and a company's too, put any link. His first 12 posts alone score 2.9
  (``likely_genuine``).
- ``h9_en_ghostwritten_founder_pod`` (fake) was 2.9, ``likely_genuine`` (reasons below). Now 35, ``uncertain``, by
  rule ``pod-not-genuine`` (a pod on most commented posts and no answer to anyone withholds "likely genuine"); the
  model still gives it 0.03.

Not asserted (credscore disagrees with a careful auditor; scored with model credscore-default@a153f00a81fd):

- ``h9_en_ghostwritten_founder_pod`` (fake, now asserted not ``likely_genuine``, see above): 2.9, ``likely_genuine``;
  probability 0.03, no rule. Reasons:
  conversation.reply_share 0 % (+2.30), comment_authenticity.templated_comment_share 24 % (+1.01),
  conversation.generic_reply_share 100 % (+0.80), business_metrics.quantified_share 100 % (-0.41: "41 days of
  runway", "40% of our revenue", "67 investors" read as business measures). ``comment_authenticity.pod_share`` is
  100 % (the same nine people within 15 minutes of every 07:45 post) but weighs 0.00 in the model and no rule reads
  it outside the engagement family; comments that quote the post defeat the generic and templated measures; no
  signal asks whether a story carries any verifiable detail (a name, a company, a date).
- ``h9_en_recycled_viral_posts_guru`` (fake): 5.4, ``likely_genuine``; probability 0.05, no rule. Reasons:
  comment_authenticity.generic_comment_share 40 % (+2.02), conversation.reply_share 5 % (+1.75),
  conversation.generic_reply_share 75 % (+0.43). Nothing relates a repost of someone else's text to his own
  near-copy two weeks later (self-duplicates are read among his own posts only: self_duplicate_share 0, -1.11 against
  the mean); cross_posting.cross_platform_share is 100 % but weighs 0.01 and ``identical-cross-posting`` needs three
  networks; one-line praise ("Wise words", "Food for thought", "Timeless") is mostly outside the praise lexicon; the
  readers' call-outs ("This is word for word from … post in September") are ordinary comments to it.
- ``h9_fr_top_voice_coach_cercle`` (fake): 39.7, ``uncertain`` (asserted: not likely_genuine); probability 0.35,
  rule self-proclaimed-title (+5, "Top Voice Leadership"). Reasons: comment_authenticity.templated_comment_share 51 %
  (+2.87), conversation.reply_share 0 % (+2.30), conversation.generic_reply_share 100 % (+0.80),
  audience_quality.mass_follower_share 12 % (+0.51). ``pod_share`` is 0: the circle comments under other handles on
  Instagram, so over both networks no member reaches the 60 % of commented posts that makes a regular (each comments
  on about 75 % of the LinkedIn posts). Each network alone scores 23.3 (LinkedIn) and 21.2 (Instagram),
  ``likely_genuine``.

Also seen (not asserted): thinner views of the fakes fall back on their comment sections. Without DMs, bios and all
but their first 12 posts the lead-magnet guru scores 2.5 and the Top Voice coach 2.1; the French "formateur IA"
without his DMs, or on LinkedIn alone, 52.2 (``uncertain``: no rule reads his invented student results). The honest
Excel trainer's free templates give her lead_magnets.bait_share 23 %, close to the funnel rule's 30 % (her replies
to students keep the rule's other conditions away). The newsletter's and the SaaS's own link-only first comments
count as replies that "say nothing of their own" (generic_reply_share 56 % for the newsletter), which "link in the
comments" does not deserve, though the band is right. The soap maker's welcome DM reads as 100 % welcome and 73 %
templated pitch, rightly kept from any rule by her conversation and real figures.
"""

from __future__ import annotations

import re

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

H9_CASES = sorted(path.stem for path in HARD_CASES.glob("h9_*.json"))

GENUINE = ("h9_en_saas_link_first_comment_webinar", "h9_fr_formatrice_excel_templates",
           "h9_en_newsletter_crosspost_bluesky", "h9_fr_artisan_savonnerie_codes_promo",
           "h9_fr_ingenieure_broetry_linkedin", "h9_fr_association_collecte_dons")
FAKE = ("h9_en_ai_productivity_lead_magnet", "h9_fr_formateur_ia_chatgpt", "h9_en_ghostwritten_founder_pod",
        "h9_en_recycled_viral_posts_guru", "h9_en_tiktok_business_coach_bought", "h9_fr_top_voice_coach_cercle")
# Where credscore disagrees with the auditor today (see the module docstring): not asserted.
ESCAPING_FAKES = ("h9_en_recycled_viral_posts_guru",)
# No genuine account of this round is accused of a blatant habit by a rule.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    "h9_en_ai_productivity_lead_magnet": "likely_fake",
    "h9_fr_formateur_ia_chatgpt": "likely_fake",
    "h9_en_tiktok_business_coach_bought": "likely_fake",
}
FIRST_POSTS = 12
# The networks influencers and creators live on, besides LinkedIn, X and Facebook.
CREATOR_PLATFORMS = frozenset({"instagram", "tiktok", "youtube", "threads", "bluesky"})
INFLUENCER_PLATFORMS = frozenset({"instagram", "tiktok", "youtube", "threads"})
# A link alone in the account's own comment or reply: the "link in the first comment" habit.
LINK_ONLY = re.compile(r"^\W*(?:[\w' ]{0,60}[:👉]\s*)?https?://\S+\s*$")
# "Broetry": a short paragraph, a blank line, another; at least three paragraphs to a post.
BROETRY_BREAKS = 2
# A promo code as shops write it: capitals then digits (RENTREE10, BIENVENUE10, NOEL5).
PROMO_CODE = re.compile(r"\b[A-Z]{3,}\d{1,2}\b")


def _is_influencer(name: str) -> bool:
    doc = document(name)
    on_their_platforms = {profile["platform"] for profile in doc["profiles"]} & INFLUENCER_PLATFORMS
    return bool(on_their_platforms) and bool(doc.get("audience") or doc.get("snapshots"))


def _own_link_comments(name: str) -> list[dict]:
    return [post for post in document(name)["posts"]
            if post.get("kind") in {"comment", "reply"} and LINK_ONLY.match(post["text"])]


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H9_CASES
    assert len(GENUINE) == len(FAKE) == 6
    assert set(ESCAPING_FAKES) < set(FAKE)
    languages = {name: document(name)["lang"] for name in H9_CASES}
    assert list(languages.values()).count("fr") == list(languages.values()).count("en") == 6
    assert [languages[name] for name in GENUINE].count("fr") >= 3
    assert [languages[name] for name in FAKE].count("en") >= 3
    assert sum(any(profile["platform"] in CREATOR_PLATFORMS for profile in document(name)["profiles"])
               for name in H9_CASES) >= 3
    assert sum(map(_is_influencer, FAKE)) >= 2
    for name in H9_CASES:
        assert_format_1_1_history(name)
    # Some answer others, some hold direct messages, some relate them to follows with their times.
    assert sum(any(post.get("kind") == "reply" for post in document(name)["posts"]) for name in H9_CASES) >= 6
    assert sum(bool(document(name).get("messages")) for name in H9_CASES) >= 3
    assert sum(any(follow.get("created_at") for follow in document(name).get("follows", []))
               for name in H9_CASES) >= 2


def test_no_small_pool_of_texts_is_reused_within_a_platform():
    # People write a new text for each post: copies go to another network, not the same one. (A fake's canned
    # "Sent! Check your DMs 📩" under each keyword comment is a reply, and repeating it is the fake's habit.)
    for name in H9_CASES:
        assert_no_text_reused_within_a_platform(name, genuine=name in GENUINE)


def test_no_comment_text_is_reused_across_a_genuine_accounts_posts():
    # Real commenters write different things; the keyword comments and the bots of the fakes are what repeats.
    for name in GENUINE:
        assert_no_comment_reused(name)


def test_a_saas_putting_its_links_in_the_first_comment_is_not_accused():
    # LinkedIn buries posts that carry a link: the company posts the text, then the link alone in its own comment.
    name = "h9_en_saas_link_first_comment_webinar"
    assert len(_own_link_comments(name)) >= 5
    scored = verdict(name)
    assert scored.signals["business_metrics"].values["quantified_share"] >= 0.5
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_newsletter_cross_posted_by_a_scheduler_with_link_in_comments_is_not_accused():
    # Each issue's summary at 07:00 on LinkedIn (link in its own comment), X and Bluesky: the same words everywhere.
    name = "h9_en_newsletter_crosspost_bluesky"
    assert len(_own_link_comments(name)) >= 5
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.9
    assert scored.signals["conversation"].values["reply_share"] > 0
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_soap_maker_with_promo_codes_a_scheduler_and_a_welcome_dm_is_not_accused():
    # The same welcome DM with a first-order code to each new follower, minutes after the follow; promo codes in the
    # scheduled posts; and real batches, prices and answers to customers.
    name = "h9_fr_artisan_savonnerie_codes_promo"
    assert sum(bool(PROMO_CODE.search(post["text"])) for post in document(name)["posts"]) >= 4
    scored = verdict(name)
    assert scored.signals["welcome_dms"].values["welcome_share"] == 1
    assert scored.signals["growth"].values["unexplained_growth_share"] == 0
    assert "auto-dm-new-followers" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_donation_drive_calling_for_gifts_everywhere_is_not_accused():
    # The same call with the donation link, at 11:00, on three networks, for three weeks; figures and accounts too.
    name = "h9_fr_association_collecte_dons"
    calls = [post for post in document(name)["posts"] if "helloasso" in post["text"] or "Lien de don" in post["text"]]
    assert len(calls) >= 15
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.5
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_trainer_selling_a_course_with_free_templates_is_not_a_guru():
    scored = verdict("h9_fr_formatrice_excel_templates")
    assert scored.signals["conversation"].values["reply_share"] >= 0.3
    assert scored.band == "likely_genuine", scored.score


def test_an_engineer_writing_broetry_about_real_work_is_not_a_guru():
    # One line a paragraph, as LinkedIn's growth advice has it, about inspections, figures and her own mistakes.
    name = "h9_fr_ingenieure_broetry_linkedin"
    posts = [post["text"] for post in document(name)["posts"] if post.get("kind", "post") == "post"]
    assert all(text.count("\n\n") >= BROETRY_BREAKS for text in posts)
    assert verdict(name).band == "likely_genuine", verdict(name).score


def test_invented_results_and_a_welcome_pitch_to_each_new_follower_are_seen():
    scored = verdict("h9_fr_formateur_ia_chatgpt")
    assert scored.signals["welcome_dms"].values["welcome_share"] >= 0.9
    assert scored.signals["auto_dms"].values["pitch_share"] >= 0.9
    assert scored.band == "likely_fake", scored.score


def test_delivered_followers_and_a_bought_audience_are_seen():
    scored = verdict("h9_en_tiktok_business_coach_bought")
    assert scored.signals["growth"].values["unexplained_growth_share"] >= 0.5
    assert scored.signals["audience_quality"].values["mass_follower_share"] >= 0.5
    assert "bought-audience-not-genuine" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_feed_of_comment_a_keyword_bait_is_a_funnel():
    # Every LinkedIn post ends in "Comment PROMPT and I'll DM you the guide" or "Link in first comment 👇"; his own
    # first comments and X self-replies carry the links, and the same DM sends each commenter the guide and an upsell.
    name = "h9_en_ai_productivity_lead_magnet"
    assert len(_own_link_comments(name)) >= 5
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.9
    assert "lead-magnet-funnel" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_the_same_commenters_within_minutes_of_every_post_are_measured_as_a_pod():
    # Measured, though the model does not weigh it (see the module docstring): the rule withholds "likely genuine".
    scored = verdict("h9_en_ghostwritten_founder_pod")
    assert scored.signals["comment_authenticity"].values["pod_share"] >= 0.9
    assert "pod-not-genuine" in rules_fired(scored) and scored.band == "uncertain"
