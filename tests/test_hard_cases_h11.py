"""Eleventh round of hand-written hard cases (issues 11 and 13): fake experts whose "expertise" is not social media
(trading, e-commerce, AI automation, property investment, personal branding, wellness), and genuine accounts on the
newer platforms that a careless tool would accuse.

The twelve accounts in ``tests/hard_cases/h11_*.json`` were written by hand, outside the generator, as an independent
auditor would (format 1.1: counters, comments others wrote with their authors, media, views; snapshots on five,
audience samples on two, dated follows and unfollows on three). Six are genuine: a financial educator at a Bristol debt
charity on Bluesky, LinkedIn and Threads who gives free guides ("no email needed") and answers questions with real
figures (Help to Save, Lifetime ISA, Marriage Allowance); a French estate agent in Angers posting each listing with
its link on Facebook and LinkedIn and as a photo on Instagram, answering buyers in comments and by DM; a Leeds cooking
channel announcing each Thursday video with the same line on Instagram, Facebook and Bluesky two to five minutes
after YouTube publishes it; a flood hydrologist on Bluesky only, posting papers (his group's and others'), threads and
answers; a French online second-hand clothes shop on TikTok and Instagram with weekly drops, a promo code, prices,
margins and customer-service DMs; a volunteer data meetup in Toulouse announcing each event on LinkedIn, Mastodon and
Bluesky and sending the same scheduled reminders at 09:00:00 a week and a day before. Six are fake: a crypto "VIP
signals" mentor on X, TikTok and YouTube (captionless profit screenshots, "DM me 'VIP'", a waitlist, a pitch DMed
to every new follower, a rotating pod of six, an X audience sample of empty mass-followers and snapshots with
follower deliveries); a dropshipping "6 figures/month" coach (one idea a day as a TikTok hook and an Instagram
carousel turned into text, "Comment STORE", captionless Shopify dashboards, one canned "Sent! Check your DMs 🙌"
reply, the checklist and a $1,497 pitch DMed to each commenter); an "AI automation agency" founder selling a cohort
course, each idea written three ways (LinkedIn long form, Threads lower case, X terse), a pod of six under every
LinkedIn post, a templated DM to each new connection and follow-then-unfollow on X; a French property-investment
coach ("27 appartements, 8 400 €/mois de cash-flow", "Écris « IMMO »", testimonials, the masterclass DMed to each
commenter with a call); a French LinkedIn ghostwriter whose posts are only testimonials of clients no one can find,
with a pod and follower deliveries on Threads; a French mindset coach selling an eight-week programme (a welcome DM
to each new follower, comment-a-word gifts, paraphrases on TikTok and Threads, canned warm replies).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, all six fakes ``likely_fake``); no genuine
account, nor a thinner or one-platform view of one, in ``likely_fake``; no genuine account accused of a blatant habit
by a rule; no fake in ``likely_genuine``.

What the round found, and what came of it. Scored first with credscore-default@571e82898e23, the crypto mentor
was 39.6 (``uncertain``) and the fakes' thinner views often passed; the diagnosis below led to three changes, after
which (credscore-default@9667737ec652) all twelve meet the auditor's band:

- ``h11_en_crypto_signals_mentor_vip`` (fake): 39.6, ``uncertain``; probability 0.40, no rule. Reasons:
  welcome_dms.welcome_share 100 % (+2.51), conversation.reply_share 0 % (+2.30), auto_dms.template_share 86 %
  (+1.31), engagement.likes_uniformity 0.19 (+1.22). Each of its platforms seen alone is ``likely_fake`` (X 92.3,
  TikTok 90.6), the whole history is not:

  * ``growth``: on X alone, 91 % of the followers gained came in two deliveries (+18,700 in the week of 8 September,
    +8,900 in that of 29 September) that no X post explains (+3.05). In the merged history the TikTok videos
    (15,000-31,000 likes) "explain" the X deliveries: ``_explaining_posts`` takes a post of any platform, and the
    "travelled" bar is twice the median likes of all platforms together. Unexplained share 0. (Seen in round 10
    already, with an Instagram influencer and her TikTok.)
  * ``pitch-dms-to-new-followers`` needs ``family.hollow_talk`` >= 0.5; the account's is 0.37 (0.61 on TikTok
    alone). A trading guru's talk is not read: "financial freedom", "top 1%", "87% win rate", "VIP signals", "a
    system", "copy, paste, done" are in no lexicon (the buzzwords are social-media jargon), and the invented returns
    ("+312% on SOL", "$50k profit") are rightly not business measures but are no claim either. Bait is 23 % of its
    posts merged (X and YouTube dilute the TikTok calls), under the 30 % of ``lead-magnet-funnel``.
  * comments: six pod accounts, three under each post (each on half the posts, under ``RECURRING_SHARE`` 0.6): pod
    share 0. Their lines ("LFG 🚀🚀", "Jordan never misses 🔥", "Another banger call sir") are not stock praise in
    the lexicon (generic share 0), and one author repeating their own line under every post is not a template by
    design.
  * the audience sample (16 followers, 12 of them mass-followers with next to no posts) is under the 30 needed: not
    measured.

  Without its DMs it is ``likely_genuine`` (17.9): only reply_share and the engagement features are left.

Thinner views of fakes that pass or stall (the rounds do not assert thinner views of fakes):

- ``h11_en_ai_automation_agency_course`` on Threads alone 5.4, on X alone 4.1 (``likely_genuine``): its per-platform
  paraphrases carry invented figures ("$94k per month", "$2,800/mo average", "23 hours/week") that
  ``business_metrics`` counts as business measures (X: quantified_rate 10 per 1,000 words, -1.21; quantified_share
  100 %, -0.41), and neither platform has comments or DMs. Merged, its pod and templated connection DMs make it 92.9.
- ``h11_en_dropshipping_six_figure_coach``: 65.0 by the floor of ``lead-magnet-funnel`` alone (probability 0.19);
  TikTok alone 60, capped by ``narrow-history``.
- ``h11_fr_coach_investissement_immobilier`` on Facebook alone 60 (``narrow-history``);
  ``h11_fr_coach_mindset_programme_renaissance`` on Threads alone 60 (``engagement-and-silence``) and its first 12
  posts without bios or DMs 60.
- Follow-then-unfollow churn is not measured on the AI founder (12 dated out-follows undone within four days) nor on
  the mindset coach (10): ``MIN_OUT_FOLLOWS`` is 20.

Near misses (genuine accounts whose thinner views come close):

- ``h11_fr_meetup_data_toulouse_rappels`` on Bluesky alone: 54.6, ``uncertain`` (no reply there: reply_share 0 %,
  +2.30; link_share 100 %, +0.57; broadcasting 3.0, hollow talk 0.16). No rule; a cap of
  ``broadcasting-without-hollow-talk`` would hold it at 60 anyway.
- ``h11_en_youtube_cooking_four_platforms`` on Facebook alone 36.2 and Bluesky alone 33.7 (``uncertain``), the same
  way: announcements with a link and no answer on that network.

Since then: ``growth`` measures a post that travelled against the likes of its own platform (ordinary TikTok videos
no longer explain a delivery of bought followers on X); the signal ``earnings_claims`` reads the dream such fakes
sell ("$94k a month", "my students made +312%", "liberté financière"); and generator release 6 adds those fake
experts (``dream_seller``) and their honest counterparts (``money_educator``) to the training corpus. The crypto
mentor is now 100 (``likely_fake``; X alone 98.2), the AI-agency seller 98.6 (Threads alone 98.1, X alone 60), the
dropshipping coach 100, the property coach 100 (Facebook alone 98.6), the mindset coach 96.2 (Threads alone 60).
The meetup on Bluesky alone is held at 60 (``uncertain``), the cooking channel on Facebook alone is 39.3.

Noticed about the data: the ``replies`` counter of each post is the number of comments written out, a sample, so
``engagement.comments_per_like`` is low (+0.43) on every account of the round, genuine and fake alike.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    assert_format_1_1_history,
    assert_no_comment_reused,
    document,
    own_posts,
    own_replies,
    profile_platforms,
    rules_fired,
    verdict,
)

H11_CASES = sorted(path.stem for path in HARD_CASES.glob("h11_*.json"))

GENUINE = ("h11_en_nonprofit_money_educator", "h11_fr_agent_immobilier_annonces_trois_reseaux",
           "h11_en_youtube_cooking_four_platforms", "h11_en_bluesky_flood_scientist_papers",
           "h11_fr_friperie_en_ligne_tiktok_instagram", "h11_fr_meetup_data_toulouse_rappels")
FAKE = ("h11_en_crypto_signals_mentor_vip", "h11_en_dropshipping_six_figure_coach",
        "h11_en_ai_automation_agency_course", "h11_fr_coach_investissement_immobilier",
        "h11_fr_ghostwriter_temoignages_inventes", "h11_fr_coach_mindset_programme_renaissance")
# No fake of this round is let through in "likely_genuine" (thinner views aside: see the module docstring).
ESCAPING_FAKES: tuple[str, ...] = ()
# No genuine account of this round is accused of a blatant habit by a rule.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees (all of them: see above).
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    **{name: "likely_fake" for name in FAKE},
}
FIRST_POSTS = 12
# The platforms of 2025-26 the round is about, beside LinkedIn, X and Facebook.
NEWER_PLATFORMS = {"threads", "bluesky", "tiktok", "youtube"}
# A post that gives something for free, in either language.
FREE = re.compile(r"\bfree\b|\bgratuit", re.IGNORECASE)
# A call to comment or DM a keyword in capitals: "Comment STORE", "Écris « IMMO »", "DM me 'VIP'", "Reply \"VIP\"".
KEYWORD_CALL = re.compile(r"(?i:\b(?:comment|commente|écris|reply|dm me)\b)\W{0,3}[A-ZÉ0-9]{2,}")
# A link to a paper: a DOI or an arXiv preprint.
PAPER = re.compile(r"doi\.org/|arxiv\.org/")


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H11_CASES
    assert len(GENUINE) == len(FAKE) == 6
    assert set(ESCAPING_FAKES) <= set(FAKE) and set(ACCUSED_OF_A_HABIT) <= set(GENUINE)
    assert set(AUDITOR_BAND) <= set(GENUINE + FAKE)
    languages = [document(name)["lang"] for name in H11_CASES]
    assert languages.count("fr") == languages.count("en") == 6
    for name in H11_CASES:
        assert_format_1_1_history(name)
    # Most live (also) on the newer platforms; some answer others, some hold DMs, follows, snapshots, audiences.
    assert sum(bool(profile_platforms(name) & NEWER_PLATFORMS) for name in H11_CASES) >= 10
    assert set().union(*(profile_platforms(name) for name in H11_CASES)) >= NEWER_PLATFORMS
    assert sum(bool(own_replies(name)) for name in H11_CASES) >= 6
    assert sum(bool(document(name).get("messages")) for name in H11_CASES) >= 6
    assert sum(bool(document(name).get("follows")) for name in H11_CASES) >= 3
    assert sum(bool(document(name).get("snapshots")) for name in H11_CASES) >= 4
    assert sum(bool(document(name).get("audience")) for name in H11_CASES) >= 2
    # Fakes post "screenshots of results": media posts with no caption at all.
    assert sum(any(not post["text"] and post.get("media") for post in own_posts(name)) for name in FAKE) >= 3


def test_no_text_is_reused_within_a_platform():
    # People write a new text for each post. A fake's canned replies are its habit (only its own posts count), and
    # a captionless screenshot has no text to reuse.
    for name in H11_CASES:
        posts = document(name)["posts"] if name in GENUINE else own_posts(name)
        seen = [(post["platform"], post["text"]) for post in posts if post["text"]]
        assert len(seen) == len(set(seen)), name


def test_no_comment_text_is_reused_across_a_genuine_accounts_posts():
    for name in GENUINE:
        assert_no_comment_reused(name)


def test_a_charity_educator_giving_free_guides_and_answering_with_figures_is_not_a_funnel():
    name = "h11_en_nonprofit_money_educator"
    assert sum(bool(FREE.search(post["text"])) for post in own_posts(name)) >= 5
    assert len(profile_platforms(name)) == 3
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] >= 0.2
    assert not ({"lead-magnet-funnel"} | BLATANT_HABIT_RULES) & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_an_estate_agent_posting_each_listing_on_three_networks_is_not_accused():
    name = "h11_fr_agent_immobilier_annonces_trois_reseaux"
    by_text = Counter(post["text"] for post in own_posts(name) if "carre-immobilier-angers.fr/annonce" in post["text"])
    assert sum(count >= 2 for count in by_text.values()) >= 6  # each listing word for word on Facebook and LinkedIn
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.6
    assert scored.signals["conversation"].values["reply_share"] >= 0.2
    assert scored.signals["business_metrics"].values["quantified_share"] >= 0.5
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_cooking_channel_announcing_each_video_with_the_same_line_everywhere_is_not_accused():
    name = "h11_en_youtube_cooking_four_platforms"
    announcements = Counter(post["text"] for post in own_posts(name) if post["text"].startswith("New video: "))
    assert len(announcements) >= 8 and all(count == 3 for count in announcements.values())
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.6
    assert scored.signals["growth"].values["unexplained_growth_share"] < 0.5
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_scientist_posting_papers_and_threads_on_bluesky_is_not_accused():
    name = "h11_en_bluesky_flood_scientist_papers"
    case = document(name)
    assert profile_platforms(name) == {"bluesky"} and not case.get("messages")
    assert sum(bool(PAPER.search(post["text"])) for post in own_posts(name)) >= 6
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] >= 0.2
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_small_shop_with_drops_promo_codes_and_customer_service_is_not_accused():
    name = "h11_fr_friperie_en_ligne_tiktok_instagram"
    assert profile_platforms(name) == {"tiktok", "instagram"}
    assert any("RENTREE10" in post["text"] for post in own_posts(name))
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] < 0.5  # each customer gets their own answer
    assert scored.signals["conversation"].values["reply_share"] >= 0.3
    assert scored.band == "likely_genuine", scored.score


def test_a_meetup_sending_scheduled_reminders_on_three_networks_is_not_accused():
    name = "h11_fr_meetup_data_toulouse_rappels"
    scheduled = [post for post in own_posts(name) if post["created_at"].endswith("T09:00:00Z")]
    assert len(scheduled) >= 12 and len(profile_platforms(name)) == 3
    scored = verdict(name)
    assert scored.signals["automation_cadence"].values["round_minute_share"] >= 0.5
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.6
    assert scored.signals["link_only"].values["link_share"] >= 0.7
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_an_ai_agency_course_paraphrased_per_platform_with_a_pod_is_fake():
    name = "h11_en_ai_automation_agency_course"
    texts = {(post["platform"], post["text"]) for post in own_posts(name)}
    assert len({text for _, text in texts}) == len(texts)  # not one text on two networks: a paraphrase for each
    scored = verdict(name)
    assert scored.signals["comment_authenticity"].values["pod_share"] >= 0.9
    assert scored.signals["auto_dms"].values["template_share"] >= 0.8
    assert "pod-not-genuine" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_dropshipping_coach_with_comment_to_receive_and_captionless_dashboards_is_fake():
    name = "h11_en_dropshipping_six_figure_coach"
    posts = own_posts(name)
    assert sum(bool(KEYWORD_CALL.search(post["text"])) for post in posts) >= 12
    assert sum(not post["text"] and bool(post.get("media")) for post in posts) >= 4
    scored = verdict(name)
    # The captionless dashboards are media posts, not bare links.
    assert scored.signals["link_only"].values["wordless_share"] == 0.0
    assert scored.signals["lead_magnets"].values["bait_share"] >= 0.5
    assert "lead-magnet-funnel" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_property_investment_coach_dming_each_commenter_a_masterclass_is_fake():
    name = "h11_fr_coach_investissement_immobilier"
    assert sum(bool(KEYWORD_CALL.search(post["text"])) for post in own_posts(name)) >= 10
    scored = verdict(name)
    assert scored.signals["lead_magnets"].values["bait_share"] >= 0.5
    assert scored.signals["auto_dms"].values["template_share"] >= 0.9
    assert "lead-magnet-funnel" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_ghostwriter_posting_only_client_testimonials_with_a_pod_and_deliveries_is_fake():
    name = "h11_fr_ghostwriter_temoignages_inventes"
    scored = verdict(name)
    assert scored.signals["comment_authenticity"].values["pod_share"] >= 0.9
    assert scored.signals["growth"].values["unexplained_growth_share"] >= 0.5
    assert "pod-not-genuine" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_mindset_coach_welcoming_each_follower_with_a_gift_is_fake():
    name = "h11_fr_coach_mindset_programme_renaissance"
    scored = verdict(name)
    assert scored.signals["welcome_dms"].values["welcome_share"] >= 0.9
    assert scored.signals["conversation"].values["reply_share"] == 0.0  # its replies are one canned line
    assert scored.band == "likely_fake", scored.score


def test_a_crypto_signals_mentor_is_called_likely_fake():
    # Its followers came in deliveries no X post explains, and its posts sell a dream of money (see the docstring).
    name = "h11_en_crypto_signals_mentor_vip"
    scored = verdict(name)
    assert scored.signals["welcome_dms"].values["welcome_share"] >= 0.9
    assert scored.signals["auto_dms"].values["pitch_share"] >= 0.5
    assert scored.signals["growth"].values["unexplained_growth_share"] >= 0.5
    assert scored.signals["earnings_claims"].values["claim_share"] > 0
    assert scored.band == "likely_fake", scored.score
