"""Tenth round of hand-written hard cases (issue 11): genuine accounts that the newest rules could accuse
(``lead-magnet-funnel``, ``pod-not-genuine``, ``narrow-history``, ``engagement-and-silence``,
``audience-without-own-habits``), and fakes that vary the tricks those rules look for.

The twelve accounts in ``tests/hard_cases/h10_*.json`` were written by hand, outside the generator, as an independent
auditor would (format 1.1: counters, comments others wrote with their authors, media, views; snapshots and audience
samples on the two creators). Eight are genuine: a Notion template designer who gives a free planner or template in
half her Instagram posts and rarely answers comments, with a Gumroad shop, sales, refunds and support figures; a French
primary-school teacher whose Facebook and Instagram posts are mostly "fiche gratuite", with her class's real figures
and rarely an answer; a data engineer on LinkedIn only whose seven colleagues like and comment nearly every post, and
who answers once; a French marketing consultant on LinkedIn only, no DM in the export, writing about engagement and
storytelling with her clients' figures; a French local weekly on Facebook only, 48,600 followers, a few dozen likes a
post, a headline and its link three times a day, never an answer; a potter whose kiln video went viral (6.1 million
views), followed by spam accounts and commented by scam bots, who answers her real fans; a French association whose
posts call for sign-ups to its free twelve-week training ("formation gratuite") on Facebook and LinkedIn; a care-home
scheduling SaaS running a monthly free webinar ("Comment WEBINAR and we'll send you the link", "Comment REPLAY") whose
team sends each commenter the same link by DM, and which publishes prices, incidents and support figures. Four are
fake: a LinkedIn "scale your offer" guru writing only long stories of clients with invented figures (Marcus, $61,400;
Dana, $112k), commented within minutes of every 07:30 post by the same eight people quoting a line of the post; an AI
funnel guru on X only, no DM in the export, every other post "reply 'PROMPTS' and I'll send it", his own replies
carrying the links; a French business coach whose lead magnets never say "gratuit" ("offert", "cadeau", "je te
l'envoie"), each keyword commenter DMed the gift and a pitch for a discovery call; a French wellness influencer with
followers delivered by the ten thousand (snapshots, a 70 % mass-follower audience sample) who answers every comment
warmly.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it; no genuine account, nor a thinner or one-platform view of one, in ``likely_fake``; no genuine
account accused of a blatant habit by a rule; no fake in ``likely_genuine``.

Asserted since this round was scored: ``h10_en_viral_potter_spam_followers`` (genuine) was 35.0, ``uncertain``
(below); ``bought-audience-not-genuine`` now stands down when the account's posts explain its growth, and it is
``likely_genuine`` (3.8).

Not asserted (credscore disagrees with a careful auditor; scored with model credscore-default@571e82898e23):

- ``h10_fr_influenceuse_abonnes_achetes_chaleureuse`` (fake): 60.0, ``uncertain``; probability 0.97, capped by
  ``audience-without-own-habits`` (family.audience 13.94, broadcasting -3.44: she answers every comment), with
  ``bought-audience-not-genuine``. Reasons: conversation.reply_share 50 % (-3.38), growth.unexplained_growth_share
  79 % (+2.64), audience_quality.empty_share (+1.01), engagement.comments_per_like (+0.42). By design one family never
  accuses, and warm answers are exactly what a bought audience is meant to hide; her Instagram snapshots alone
  (unexplained share 95 %) also fire ``unexplained-follower-bursts``, her TikTok posts "explain" bursts in the merged
  history.
- ``h10_en_story_guru_client_figures_pod`` (fake): 37.5, ``uncertain``; probability 0.38, rule ``pod-not-genuine``
  (pod_share 100 %, broadcasting 2.42). Reasons: comment_authenticity.templated_comment_share 50 % (+2.79),
  conversation.reply_share 0 % (+2.30), buzzwords.post_share (+0.44), business_metrics.quantified_share 100 % (-0.41:
  "$61,400", "$112k cash collected", "31 clients" read as business measures). No signal asks whether a client story
  carries anything verifiable; invented figures still count towards genuine.
- ``h10_en_x_funnel_guru_no_dms`` (fake): 60.0, ``uncertain``; probability 0.05. ``lead-magnet-funnel`` fires (bait
  76 %, mechanics 0.81, broadcasting 3.21: floor 65), then ``narrow-history`` caps at 60 (one platform, no DM,
  converging 1.31): caps apply after floors, so on one platform without DMs a funnel can never be "likely fake".
  Reasons: conversation.reply_share 0 % (+2.30), conversation.generic_reply_share (+0.79: "Here it is 👉 link"),
  engagement.comments_per_like (+0.37).
- ``h10_fr_coach_aimants_offerts_sans_gratuit`` (fake) meets the auditor (65, ``likely_fake``, by the floor of
  ``lead-magnet-funnel`` alone, probability 0.04; "offert", "cadeau", "je te l'envoie" are read), but without its DMs
  it scores 2.7, ``likely_genuine``: bait 75 % weighs +0.60 in the model and, with no templated DM, no mechanic is
  left for the rule. Her first 12 posts, her bios alone, either platform alone stay at 65.

Near misses noticed (genuine accounts that one word away would be accused):

- ``h10_en_saas_monthly_webinar_replay``: the lexicon reads "Comment WEBINAR and I'll send" but not "and we'll send"
  (bait 7 %, only the October post counted). With "I'll send" (a founder's voice) the same account scores 65,
  ``likely_fake``, by ``lead-magnet-funnel`` (bait 36 %, mechanics 1.41 from the replay-link DMs, broadcasting 1.21)
  though it answers 22 % of the time: "broadcasting >= 1.0" is not "answers no one", as the rule's reason says. And a
  company-voiced funnel ("we'll send") escapes the signal. Since fixed: "and we'll send" is read (bait 36 %), and the
  rule now asks that fewer than one post in ten be a reply in the account's own words; the SaaS stays at 1.2.
- ``h10_fr_association_formation_numerique`` seen on LinkedIn alone: 37.6, ``uncertain`` (no reply there: reply_share
  0 %, +2.30), no rule.

Found when this round was scored, and since fixed:

- ``h10_en_viral_potter_spam_followers`` (genuine) was 35.0, ``uncertain``; probability 0.04, rule
  ``bought-audience-not-genuine`` (family.audience 6.56, the rule asks 4.0). Reasons: audience_quality.empty_share
  (+1.07, "@promo_growth_hub · followers 12 · following 7400 · posts 0"), conversation.reply_share 28 % (-0.86),
  engagement.comments_per_like (+0.43). Twelve of the 40 followers sampled after the video are spam accounts (mass
  following 42 %); the snapshots show the jump the day after the viral post, which ``growth`` explains (unexplained
  share 0). The rule did not ask whether the growth is explained by a post; it now does.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    assert_format_1_1_history,
    assert_no_comment_reused,
    assert_no_text_reused_within_a_platform,
    document,
    own_posts,
    own_replies,
    rules_fired,
    verdict,
)

H10_CASES = sorted(path.stem for path in HARD_CASES.glob("h10_*.json"))

GENUINE = ("h10_en_notion_template_designer", "h10_fr_enseignante_fiches_gratuites",
           "h10_en_linkedin_employee_colleagues", "h10_fr_consultante_storytelling_linkedin",
           "h10_fr_journal_local_facebook", "h10_en_viral_potter_spam_followers",
           "h10_fr_association_formation_numerique", "h10_en_saas_monthly_webinar_replay")
FAKE = ("h10_en_story_guru_client_figures_pod", "h10_en_x_funnel_guru_no_dms",
        "h10_fr_coach_aimants_offerts_sans_gratuit", "h10_fr_influenceuse_abonnes_achetes_chaleureuse")
# No fake of this round is let through in "likely_genuine" (thinner views aside: see the module docstring).
ESCAPING_FAKES: tuple[str, ...] = ()
# No genuine account of this round is accused of a blatant habit by a rule.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    "h10_fr_coach_aimants_offerts_sans_gratuit": "likely_fake",
}
FIRST_POSTS = 12
# A post that gives something for free, in either language, as the free-resource accounts write it.
FREE = re.compile(r"\bfree\b|\bgratuit", re.IGNORECASE)
# A call to comment a keyword in capitals: "Comment WEBINAR", "Commente « SCRIPT »", "Reply 'PROMPTS'".
KEYWORD_CALL = re.compile(r"\b(?:Comment|Commente|Écris|Reply)\b\W{0,3}[A-ZÉ0-9]{2,}")
# The words a lead magnet without "gratuit" is dangled with.
GIFT_WORDS = re.compile(r"offert|cadeau|je t'envoie|je te l'envoie|je te le donne", re.IGNORECASE)


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H10_CASES
    assert len(GENUINE) == 8 and len(FAKE) == 4
    assert set(ESCAPING_FAKES) <= set(FAKE) and set(ACCUSED_OF_A_HABIT) <= set(GENUINE)
    assert set(AUDITOR_BAND) <= set(GENUINE + FAKE)
    languages = [document(name)["lang"] for name in H10_CASES]
    assert languages.count("fr") == languages.count("en") == 6
    for name in H10_CASES:
        assert_format_1_1_history(name)
    # Some answer others, some hold direct messages, some carry snapshots and audience samples.
    assert sum(bool(own_replies(name)) for name in H10_CASES) >= 6
    assert sum(bool(document(name).get("messages")) for name in H10_CASES) >= 2
    assert sum(bool(document(name).get("audience") and document(name).get("snapshots")) for name in H10_CASES) >= 2
    assert sum(len({profile["platform"] for profile in document(name)["profiles"]}) == 1 for name in H10_CASES) >= 3


def test_no_small_pool_of_texts_is_reused_within_a_platform():
    # People write a new text for each post. (A fake's canned replies are its habit: only its own posts count.)
    for name in H10_CASES:
        assert_no_text_reused_within_a_platform(name, genuine=name in GENUINE)


def test_no_comment_text_is_reused_across_a_genuine_accounts_posts():
    # Real commenters write different things; a webinar's keyword ("WEBINAR", "REPLAY") is what repeats, and only it.
    for name in GENUINE:
        if name != "h10_en_saas_monthly_webinar_replay":
            assert_no_comment_reused(name)
    texts = Counter(comment["text"] for post in document("h10_en_saas_monthly_webinar_replay")["posts"]
                    for comment in post.get("comments", []))
    assert {text for text, count in texts.items() if count > 1} == {"WEBINAR", "REPLAY"}


def test_a_template_designer_giving_free_planners_and_rarely_answering_is_not_a_funnel():
    name = "h10_en_notion_template_designer"
    assert sum(bool(FREE.search(post["text"])) for post in own_posts(name)) >= 8
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] < 0.1
    assert scored.signals["business_metrics"].values["quantified_share"] >= 0.5
    assert "lead-magnet-funnel" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_teacher_sharing_free_worksheets_is_not_a_funnel():
    name = "h10_fr_enseignante_fiches_gratuites"
    assert sum(bool(FREE.search(post["text"])) for post in own_posts(name)) >= 10
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] < 0.1
    assert not ({"lead-magnet-funnel"} | BLATANT_HABIT_RULES) & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_colleagues_commenting_most_posts_are_not_a_pod():
    # The same seven colleagues under nearly every post, over hours, each in their own words; one answer of her own.
    name = "h10_en_linkedin_employee_colleagues"
    commented = [post for post in own_posts(name) if post.get("comments")]
    authors = {comment["author"] for post in commented for comment in post["comments"]}
    assert len(commented) == len(own_posts(name)) and len(authors) <= 7
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] < 0.1
    assert "pod-not-genuine" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_consultant_on_one_platform_without_dms_writing_about_engagement_is_not_accused():
    name = "h10_fr_consultante_storytelling_linkedin"
    case = document(name)
    assert len(case["profiles"]) == 1 and not case.get("messages")
    assert sum("engagement" in post["text"].lower() or "storytelling" in post["text"].lower()
               for post in own_posts(name)) >= 2
    scored = verdict(name)
    assert scored.signals["business_metrics"].values["quantified_share"] >= 0.5
    assert scored.band == "likely_genuine", scored.score


def test_a_local_newspaper_with_a_large_passive_following_that_never_answers_is_not_accused():
    name = "h10_fr_journal_local_facebook"
    (profile,) = document(name)["profiles"]
    posts = own_posts(name)
    assert not own_replies(name) and all("courrier-hautjura.fr/" in post["text"] for post in posts)
    assert max(post["likes"] for post in posts) < profile["followers"] / 100
    scored = verdict(name)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_creator_followed_by_spam_after_a_viral_video_is_not_accused():
    # Spam followers and scam comments she never asked for, and answers to her real fans: never "likely fake".
    name = "h10_en_viral_potter_spam_followers"
    scored = verdict(name)
    assert scored.signals["audience_quality"].values["mass_follower_share"] >= 0.25
    assert scored.signals["growth"].values["unexplained_growth_share"] < 0.5
    assert scored.signals["conversation"].values["reply_share"] >= 0.2
    assert "bought-audience-not-genuine" not in rules_fired(scored)  # her growth is explained by the post
    assert scored.band == "likely_genuine", scored.score


def test_an_association_calling_for_sign_ups_to_a_free_training_is_not_a_funnel():
    name = "h10_fr_association_formation_numerique"
    assert sum("formation gratuite" in post["text"] for post in own_posts(name)) >= 5
    scored = verdict(name)
    assert "lead-magnet-funnel" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_saas_sending_each_webinar_commenter_the_link_is_not_a_funnel():
    # "Comment WEBINAR and we'll send you the link", the same DM to each commenter, and prices, incidents, answers.
    name = "h10_en_saas_monthly_webinar_replay"
    assert sum(bool(KEYWORD_CALL.search(post["text"])) for post in own_posts(name)) >= 5
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.9
    assert scored.signals["conversation"].values["reply_share"] >= 0.2
    assert scored.signals["lead_magnets"].values["bait_share"] >= 0.3  # its posts are bait, read as such...
    assert "lead-magnet-funnel" not in rules_fired(scored)  # ...but it answers its customers: not a funnel
    assert scored.band == "likely_genuine", scored.score


def test_lead_magnets_without_the_word_free_are_a_funnel():
    name = "h10_fr_coach_aimants_offerts_sans_gratuit"
    posts = own_posts(name)
    assert not any(FREE.search(post["text"]) for post in posts)
    assert sum(bool(GIFT_WORDS.search(post["text"])) for post in posts) >= len(posts) / 2
    scored = verdict(name)
    assert scored.signals["lead_magnets"].values["bait_share"] >= 0.5
    assert scored.signals["auto_dms"].values["template_share"] >= 0.9
    assert "lead-magnet-funnel" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_funnel_on_one_platform_without_dms_is_not_passed():
    scored = verdict("h10_en_x_funnel_guru_no_dms")
    assert scored.signals["lead_magnets"].values["bait_share"] >= 0.5
    # The funnel rule holds it at "likely fake" at least when the model alone would not.
    assert "lead-magnet-funnel" in rules_fired(scored) or scored.band == "likely_fake", scored.score
    assert scored.band != "likely_genuine", scored.score


def test_a_story_guru_with_a_pod_is_not_passed():
    scored = verdict("h10_en_story_guru_client_figures_pod")
    assert scored.signals["comment_authenticity"].values["pod_share"] >= 0.9
    assert "pod-not-genuine" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score


def test_an_influencer_with_delivered_followers_who_answers_warmly_is_not_passed():
    scored = verdict("h10_fr_influenceuse_abonnes_achetes_chaleureuse")
    assert scored.signals["audience_quality"].values["mass_follower_share"] >= 0.5
    assert scored.signals["conversation"].values["reply_share"] >= 0.4
    assert "bought-audience-not-genuine" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score
