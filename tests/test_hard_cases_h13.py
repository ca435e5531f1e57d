"""Thirteenth round of hand-written hard cases (issues 11 and 13): fakes who have read the checklist and dodge each of
its items, and genuine people whose honest habits look like those items.

The twelve accounts in ``tests/hard_cases/h13_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons or the rules, as an independent auditor would (format 1.1: likes, replies and views counters,
others' comments with their authors, media; DMs both ways on five, dated follows on four, unfollows on two, snapshots on
four, audience samples on three; ten on Instagram, TikTok, YouTube, Threads or Bluesky, the others on X, LinkedIn or
Mastodon). Six are genuine: a Nantes freelance Python developer who answers quote requests in DMs with her day rate
("mon TJM est de 450 € HT", "comme convenu jeudi, voici le devis") and posts about real missions; a Besançon bookshop
that thanks each new Instagram follower by DM, each in its own words, with no offer; a town's libraries posting each
event notice with the same words and one link on Facebook, Instagram, X and Bluesky within minutes, and replying once; a
Leeds sixth-former shooting film who follows his friends back within the day, tags #photography and #instagood and once
#followme, with comments from classmates, his teacher and his aunt; a Cardiff sales trainer who quotes win rates,
discounts and margins with named clients (and the programme that went down), and sells his workshops with links; a
Bluesky science writer posting numbered threads on papers and answering many replies in a few words. Six are fake: a
French personal-branding guru who rewrites each announcement for LinkedIn, X and Instagram (never half the same words)
and spells every link as "lien en bio" / "lien en commentaire"; a French career-change coach whose DM to each new
follower is worded by hand for that follower and ends on "497 € au lieu de 997 €, je te réserve une place ?", no link; a
French "scaling" expert whose every post quotes invented, unsourced figures ("+327 % de CA moyen", "12 k€ de MRR en 90
jours", "ROI x8") and whose replies deflect every reader who asks for the evidence; an English "audience growth" expert
whose replies are short stock compliments in varied words, sent in bursts, around scheduled posts; a San Diego lifestyle
creator growing by follow-for-follow (#f4f on every post, "I follow back", 28 of 32 follows undone within days, an
audience of mass-followers); a money-quotes content farm on Instagram, Threads and Facebook whose scheduler jitters each
daily slot by a few minutes and seconds.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, four of the six fakes ``likely_fake`` since the
model of session 13, two when written); no genuine account, nor a thinner or one-platform view of one, in
``likely_fake``; no genuine account accused of a blatant habit by a rule; no fake in ``likely_genuine`` but the one
listed in ``ESCAPING_FAKES`` (three when written).

Not asserted (credscore disagrees with a careful auditor; scored with credscore-default@bdd0d7f6145a, at 92f53b5):

- ``h13_fr_coach_dm_prix_sans_lien`` (fake): 1.7, ``likely_genuine``, probability 0.02, no rule. Reasons:
  conversation.reply_share 15 % (+0.75), welcome_dms.welcome_share 100 % (+0.45), hooks.hook_share 6 % (+0.37). Her DMs
  are read for what they are (welcome_share 100 %, auto_dms.pitch_share 87 %: the 497 € offer with no link is now a
  pitch), but:

  * pitch_share is no reason of the model, and ``pitch-dms-to-new-followers`` also asks for hollow talk in the posts,
    which is not read: platitude_share 0 % ("Ton salaire n'achète pas ton énergie. Il la loue.", "La peur n'est pas un
    panneau stop", "Tu n'as pas besoin d'un plan parfait. Tu as besoin d'un premier pas.", "Tu mérites un travail qui ne
    te coûte pas ta santé"), buzzwords 0. The one item read is a TikTok caption taken as a hook ("ce que personne ne te
    dit sur la démission"). With credscore-default@7e2ee42e013a that caption put family.hollow_talk at 0.55, enough for
    the rule (65.0, ``likely_fake``); the retrained model weighs the hook less and the rule no longer fires: the verdict
    hung on one caption.
  * Her Instagram alone, which holds all her DMs and follows, is 0.0 with both models (probability 0.00 while the only
    reason listed, welcome_share, points towards fake).
  * Selling a 497 € programme by DM to followers who just told her about a burn-out, a divorce or night shifts, with
    "plus que 2 places" and "le prix remonte à 997 € dimanche", is not read as pressure.

- ``h13_fr_expert_chiffres_inventes`` (fake): 1.1, ``likely_genuine``, probability 0.01, no rule. Reasons:
  conversation.reply_share 9 % (+1.50), business_metrics.quantified_rate 10.7 per 1,000 words (-1.26),
  earnings_claims.claim_share 5 % (+0.68), comment_authenticity.generic_comment_share 27 % (+0.38). The dodge works
  exactly: invented figures are read as the business measures whose absence the checklist names (quantified_share 82
  %), the strongest push towards genuine. Nothing tells them from real ones: no client is ever named, the averages are
  round and unsourced ("+327 % de CA moyen", "x2,8 sur la marge nette", "ROI x8", "41 % d'abandon de panier"), the
  same boasts come back ("+327 %" in the bio and two posts, "12 k€ de MRR" in two), five readers ask for the
  denominator, the margin or the dashboard and his replies deflect ("Les chiffres parlent d'eux-mêmes 😉", "Très bonne
  marge, c'est tout l'intérêt d'une offre premium 😉"). comment_authenticity reads comments as praise, templates or
  pods, never as challenges; his scaling vocabulary ("machine d'acquisition", "offre irrésistible", "scaler",
  "closing") is barely read (buzzwords 1.3 per 1,000 words); earnings_claims reads one post of 22.

- ``h13_en_growth_expert_compliment_replies`` (fake): 3.9, ``likely_genuine``, probability 0.04, no rule. Reasons:
  lead_magnets.bait_share 25 % (+0.84), conversation.reply_share 17 % (+0.48); nothing else. Credscore sees most of his
  replies as stock praise (generic_reply_share 74 %), but:

  * the other quarter (deflections of critics such as "Great question! The playbook goes deeper 🙏" or "Consistency
    beats virality every time 💯", and "haha fair, appreciate the pushback!") counts as replies in his own words:
    reply_share goes from 0 (+2.65 on Threads alone) to 17 % (+0.48). On Threads alone, without replies, he is 95.0
    ``likely_fake``.
  * His growth talk is not read: every own post is about audiences, followers, content, the algorithm or engagement, yet
    topic_monoculture.topic_share is 14 %, hooks 0 % ("Hot take:", "I've analysed 500 viral posts.", "Most founders
    don't have a product problem."), platitudes 0 % ("Engagement is a currency. Give it before you ask for it.", "The
    best time to start … was a year ago."), buzzwords 8 per 1,000 words.
  * His own posts all at 13:00:00 or 17:00:00 (a scheduler) and his replies in bursts of three to five within five
    minutes are no reason.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h13_fr_guru_reecrit_chaque_reseau`` (fake): 65.0 (probability 0.6498), ``uncertain``; rule
  ``hollow-talk-not-genuine`` (floor 35, family.hollow_talk 2.16). Reasons: conversation.reply_share 0 % (+2.65),
  engagement.likes_uniformity 0.15 (+1.22), comment_authenticity.generic_comment_share 32 % (+0.81),
  lead_magnets.bait_share 19 % (+0.61). Both dodges work: cross_platform_share is 0 % (eight announcements rewritten the
  same day for LinkedIn, X and Instagram, 6-47 % of their words shared) and link_only 0 % (every link spelled in words:
  "lien en bio", "le lien est en commentaire", "tu sais où est le lien (bio)"). Buzzwords (21 per 1,000 words) and
  silence hold him; round_minute_share 100 % (07:30:00, 12:00:00, 18:30:00) is no reason. He was 69.7 (``likely_fake``)
  with 7e2ee42e013a. Views: Instagram alone 98.9, LinkedIn alone 40.7, X alone 28.9 (``likely_genuine``), first 12 posts
  41.5; without his bios 68.4 (``likely_fake``): removing the bios raises the score.

Since the model of session 13 (credscore-default@6546af6c9505, retrained with the ``reframes`` signal, which counts
the two-beat slogan "Ce n'est pas X, c'est Y" / "You don't need X. You need Y."): the coach is 65.0, ``likely_fake``
(reframes.reframe_share 18 %: "tu n'as pas besoin d'un plan parfait. Tu as besoin d'un premier pas", "la peur n'est
pas un panneau stop, c'est un panneau « attention »"; her hollow talk is read and ``pitch-dms-to-new-followers``
fires again: asserted); the compliment replier 35.0, ``uncertain`` (reframes 25 %: "Most founders don't have a
product problem. They have a distribution problem."; ``hollow-talk-not-genuine``: asserted not ``likely_genuine``);
the guru who rewrites each network 83.0, ``likely_fake`` (asserted); the invented-figures expert still 2.2,
``likely_genuine`` (reframes 15 %, not enough against his figures read as business measures).

Thinner views of the caught fakes (the rounds do not assert thinner views of fakes):

- ``h13_en_instagram_follow_for_follow_creator``: 100.0 (``follow-exchange``, ``follow-exchange-in-bio``,
  ``follow-for-follow-churn``; audience_quality.mass_follower_share 55 % +4.63), but its first 12 posts with no bio and
  no DM are 60.0, capped by ``no-self-presentation`` at probability 0.996.
- ``h13_en_jittered_content_farm``: 94.1 or more in every view, by its audience (``bought-audience-not-genuine``), its
  hollow talk, flat likes (likes_uniformity 0.28) and silence. The jitter does defeat the cadence reading
  (round_minute_share 17 %, interval_dispersion 0.57), which is no reason.

Near misses on genuine accounts (no verdict changes today):

- ``h13_fr_mediatheque_meme_annonce_quatre_reseaux``: the copies are seen (cross_platform_share 93 %, burst_share 90 %)
  and no rule fires (3.9); X alone and Bluesky alone are 24.3 (45.2 ``uncertain`` with 7e2ee42e013a): a network where
  the library never replies reads as silence (reply_share 0, +2.65).
- ``h13_fr_librairie_merci_nouveaux_abonnes``: half of its varied thank-you DMs are read as welcome DMs (welcome_share
  50 %), with no pitch and no rule; Facebook alone is 16.5 (no reply there).
- ``h13_en_teen_photographer_follows_back_friends``: following friends back within the day and one unfollow (a camera
  shop that sent spam) give no churn (follow_churn_share not measured); #followme once is not read as a follow exchange.

Scored first with credscore-default@7e2ee42e013a (at 3d4e83c, before the ``reciprocity`` signal and this session's
model): the coach 65.0 (``likely_fake``, the pitch rule's floor over probability 0.02), the guru 69.7 (``likely_fake``),
the invented-figures expert 0.9 and the compliment replier 3.5 (``likely_genuine``); the follow-for-follow creator 98.0
(then 35.0, ``uncertain``, with a first audience sample of 20, under the 30 the audience signal needs: the three samples
were made 34-42 long, as an audit tool's would be, before any declaration).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import timedelta
from statistics import median

from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    assert_format_1_1_history,
    assert_no_comment_reused,
    assert_no_text_reused_within_a_platform,
    document,
    follows_of,
    moment,
    own_posts,
    own_replies,
    profile_platforms,
    rules_fired,
    verdict,
    word_set,
)

H13_CASES = sorted(path.stem for path in HARD_CASES.glob("h13_*.json"))

GENUINE = ("h13_fr_dev_freelance_devis_en_dm", "h13_fr_librairie_merci_nouveaux_abonnes",
           "h13_fr_mediatheque_meme_annonce_quatre_reseaux", "h13_en_teen_photographer_follows_back_friends",
           "h13_en_sales_trainer_named_clients_figures", "h13_en_bluesky_science_communicator_replies")
FAKE = ("h13_fr_guru_reecrit_chaque_reseau", "h13_fr_coach_dm_prix_sans_lien", "h13_fr_expert_chiffres_inventes",
        "h13_en_growth_expert_compliment_replies", "h13_en_instagram_follow_for_follow_creator",
        "h13_en_jittered_content_farm")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h13_fr_expert_chiffres_inventes",)
# No genuine account of this round is accused of a blatant habit by a rule.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The compliment replier is held "uncertain" (see the module docstring).
UNCERTAIN_FAKES = ("h13_en_growth_expert_compliment_replies",)
# The band a careful human auditor gives, for the cases where credscore agrees (all the genuine accounts, and the
# fakes neither let through nor held "uncertain").
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    **{name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES + UNCERTAIN_FAKES},
}
FIRST_POSTS = 12
# The platforms influencers live on (issue 13), and the others the brief allows.
INFLUENCER_PLATFORMS = {"instagram", "tiktok", "youtube", "threads", "bluesky"}
OTHER_PLATFORMS = {"twitter", "linkedin", "facebook", "mastodon", "blog"}
# A link spelled in words instead of given: "lien en bio", "lien en commentaire", "le lien ? En commentaire".
LINK_IN_WORDS = re.compile(r"\blien\b", re.IGNORECASE)
URL = re.compile(r"https?://|\b\w+\.(?:fr|com|co)/", re.IGNORECASE)
# A figure a business owner would quote: a percentage, a multiple, an amount in euros ("+327 %", "x2,8", "12 k€").
BUSINESS_FIGURE = re.compile(r"\d\s?%|\bx\s?\d|\d\s?k?€|\bROI\b|\bROAS\b|\bMRR\b")
# A reader asking the figures for their evidence.
EVIDENCE_QUESTION = re.compile(r"combien|mesuré|quel (?:est|taux)|montrer|tableau de bord|quel secteur|panier moyen",
                               re.IGNORECASE)
# The follow-for-follow vocabulary of Instagram growth.
F4F_TAG = re.compile(r"#(?:f4f|follow4follow\w*|followforfollow\w*|followback|followtrain|l4l|likeforlikes?)\b",
                     re.IGNORECASE)
# A price in a direct message, and the price every one of the coach's first messages ends on.
PRICE = re.compile(r"\d\s?€")
# Clients a trainer names, and a thread's numbering ("3/5").
NAMED_CLIENTS = ("Hollins Freight", "Treharne Engineering", "Dyfed Pumps")
THREAD_PART = re.compile(r"\b(\d)/(\d)\s*$")
# How soon a welcome or pitch follows the follow, and how long a follow-for-follow follow lasts.
WITHIN_HOURS = 24
UNFOLLOW_DAYS = 5


def _overlap(first: str, second: str) -> float:
    return len(word_set(first) & word_set(second)) / len(word_set(first) | word_set(second))


def _first_message_after(name: str, follow: dict) -> dict | None:
    """The first direct message the account sent to a new follower after the follow."""
    sent = sorted((message for message in document(name)["messages"]
                   if message["direction"] == "sent" and message["counterpart"] == follow["counterpart"]
                   and moment(message["created_at"]) >= moment(follow["created_at"])),
                  key=lambda message: message["created_at"])
    return sent[0] if sent else None


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H13_CASES
    assert len(GENUINE) == len(FAKE) == 6
    assert set(ESCAPING_FAKES) <= set(FAKE) and set(ACCUSED_OF_A_HABIT) <= set(GENUINE)
    assert set(UNCERTAIN_FAKES) <= set(FAKE) and not set(UNCERTAIN_FAKES) & set(ESCAPING_FAKES)
    assert set(AUDITOR_BAND) <= set(GENUINE + FAKE)
    languages = [document(name)["lang"] for name in H13_CASES]
    assert languages.count("fr") == languages.count("en") == 6
    assert sum(document(name)["lang"] == "fr" for name in GENUINE) >= 3
    assert sum(document(name)["lang"] == "fr" for name in FAKE) >= 3
    for name in H13_CASES:
        assert_format_1_1_history(name)
        assert profile_platforms(name) <= INFLUENCER_PLATFORMS | OTHER_PLATFORMS, name
    # At least five live where influencers do, and at least two of the fakes are influencers there.
    assert sum(bool(profile_platforms(name) & INFLUENCER_PLATFORMS) for name in H13_CASES) >= 5
    assert sum(bool(profile_platforms(name) & {"instagram", "tiktok"}) for name in FAKE) >= 2
    # Replies to others, DMs both ways with their counterparts, dated follows and unfollows, counters over time,
    # audience samples, and others' comments with their authors.
    assert sum(bool(own_replies(name)) for name in H13_CASES) >= 6
    with_dms = [name for name in H13_CASES if document(name).get("messages")]
    assert len(with_dms) >= 4
    for name in with_dms:
        messages = document(name)["messages"]
        assert {message["direction"] for message in messages} == {"sent", "received"}, name
        assert all(message.get("counterpart") for message in messages), name
    assert sum(bool(follows_of(name, "in") or follows_of(name, "out")) for name in H13_CASES) >= 3
    assert sum(any(follow.get("ended_at") for follow in document(name).get("follows", [])) for name in H13_CASES) >= 2
    assert sum(bool(document(name).get("snapshots")) for name in H13_CASES) >= 3
    assert sum(bool(document(name).get("audience")) for name in H13_CASES) >= 2
    assert sum(any(post.get("comments") for post in own_posts(name)) for name in H13_CASES) >= 10


def test_no_text_is_reused_within_a_platform():
    for name in H13_CASES:
        assert_no_text_reused_within_a_platform(name, genuine=name in GENUINE)


def test_no_comment_text_is_reused_across_a_genuine_accounts_posts():
    for name in GENUINE:
        assert_no_comment_reused(name)


# Genuine accounts whose honest habits look like the checklist's items.


def test_a_freelance_developer_quoting_her_day_rate_in_dms_is_not_selling_to_new_followers():
    name = "h13_fr_dev_freelance_devis_en_dm"
    messages = sorted(document(name)["messages"], key=lambda message: message["created_at"])
    priced = [message for message in messages if message["direction"] == "sent" and PRICE.search(message["text"])]
    assert len(priced) >= 2 and any("TJM" in message["text"] for message in priced)
    # Every price answers someone who asked first: a quote request, not a pitch.
    for message in priced:
        assert any(earlier["direction"] == "received" and earlier["counterpart"] == message["counterpart"]
                   and earlier["created_at"] < message["created_at"] for earlier in messages), message["text"]
    assert not any(URL.search(message["text"]) for message in priced)
    scored = verdict(name)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert "pitch-dms-to-new-followers" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_bookshop_thanking_each_new_follower_in_its_own_words_is_not_accused():
    name = "h13_fr_librairie_merci_nouveaux_abonnes"
    welcomes = [_first_message_after(name, follow) for follow in follows_of(name, "in")]
    assert all(welcomes) and len(welcomes) >= 8
    assert all(moment(message["created_at"]) - moment(follow["created_at"]) <= timedelta(hours=WITHIN_HOURS)
               for message, follow in zip(welcomes, follows_of(name, "in"), strict=True))
    texts = [message["text"] for message in welcomes]
    assert len(set(texts)) == len(texts)  # each in its own words
    assert not any(PRICE.search(text) or URL.search(text) for text in texts)  # no sales pitch
    scored = verdict(name)
    assert scored.signals["audience_quality"].values["mass_follower_share"] < 0.2
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert "pitch-dms-to-new-followers" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_library_posting_each_event_notice_on_four_networks_is_not_accused():
    name = "h13_fr_mediatheque_meme_annonce_quatre_reseaux"
    notices = defaultdict(list)
    for post in own_posts(name):
        if len(post.get("links", [])) == 1:
            notices[post["links"][0]].append(post)
    networks = profile_platforms(name)
    everywhere = [posts for posts in notices.values() if {post["platform"] for post in posts} == networks]
    assert len(profile_platforms(name)) == 4 and len(everywhere) >= 6
    for posts in everywhere:
        assert len({post["text"] for post in posts}) == 1  # the same words on every network
        times = sorted(moment(post["created_at"]) for post in posts)
        assert times[-1] - times[0] <= timedelta(minutes=10)
    assert len(own_replies(name)) <= 2  # it rarely replies
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.5  # the copies are seen
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_teenage_photographer_who_follows_back_friends_and_tags_followme_once_is_not_accused():
    name = "h13_en_teen_photographer_follows_back_friends"
    captions = [post["text"] for post in own_posts(name) if post["platform"] == "instagram"]
    assert sum("#photography" in text for text in captions) >= 0.7 * len(captions)
    assert sum("#instagood" in text for text in captions) >= 3
    assert sum("#followme" in text for text in captions) == 1
    outs = {follow["counterpart"]: follow for follow in follows_of(name, "out")}
    back = [follow for follow in follows_of(name, "in") if follow["counterpart"] in outs
            and timedelta(0) <= moment(outs[follow["counterpart"]]["created_at"]) - moment(follow["created_at"])
            <= timedelta(hours=WITHIN_HOURS)]
    assert len(back) >= 5  # friends followed back within the day
    undone = [follow for follow in outs.values() if follow.get("ended_at")]
    assert len(undone) == 1  # once, a shop that sent spam
    commenters = Counter(comment["author"] for post in own_posts(name) for comment in post.get("comments", []))
    assert len(commenters) >= 8 and max(commenters.values()) >= 4  # classmates and family come back
    scored = verdict(name)
    assert "follow-for-follow-churn" not in rules_fired(scored)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_sales_trainer_with_named_clients_margins_and_workshop_links_is_not_accused():
    name = "h13_en_sales_trainer_named_clients_figures"
    linkedin = [post["text"] for post in own_posts(name) if post["platform"] == "linkedin"]
    assert sum(bool(re.search(r"\d%", text)) for text in linkedin) >= 4
    assert all(any(client in text for text in linkedin) for client in NAMED_CLIENTS)
    workshops = [post for post in own_posts(name)
                 if any("prycesalestraining.co.uk/workshops" in link for link in post.get("links", []))]
    assert len(workshops) >= 2  # he sells his workshops, with the link
    scored = verdict(name)
    assert scored.signals["business_metrics"].values["quantified_share"] > 0
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_science_communicator_posting_threads_and_answering_briefly_is_not_accused():
    name = "h13_en_bluesky_science_communicator_replies"
    parts = [post for post in own_posts(name) if THREAD_PART.search(post["text"])]
    assert len(parts) >= 8
    replies = own_replies(name)
    assert len(replies) >= 12
    assert median(len(post["text"].split()) for post in replies) <= 20  # brief, but each its own answer
    assert len({post["text"].split()[0] for post in replies}) >= 10  # to many different people
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] >= 0.3
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


# Fakes who have read the checklist and dodge it.


def test_a_guru_who_rewrites_each_cross_post_and_spells_his_links_in_words_is_not_passed():
    name = "h13_fr_guru_reecrit_chaque_reseau"
    by_day = defaultdict(dict)
    for post in own_posts(name):
        by_day[post["created_at"][:10]][post["platform"]] = post["text"]
    announcements = [texts for texts in by_day.values() if len(texts) == len(profile_platforms(name)) == 3]
    assert len(announcements) >= 7
    for texts in announcements:
        linkedin, twitter, instagram = texts["linkedin"], texts["twitter"], texts["instagram"]
        # The same announcement in other words on each network: never a copy, never half the same words.
        assert max(_overlap(linkedin, twitter), _overlap(linkedin, instagram), _overlap(twitter, instagram)) < 0.5
    spelled = [post for post in own_posts(name) if LINK_IN_WORDS.search(post["text"])]
    assert len(spelled) >= 12 and not any(post.get("links") or URL.search(post["text"]) for post in spelled)
    assert not own_replies(name)
    assert verdict(name).band != "likely_genuine", verdict(name).score


def test_a_coachs_varied_dms_to_new_followers_all_end_on_a_price_with_no_link():
    name = "h13_fr_coach_dm_prix_sans_lien"
    follows = follows_of(name, "in")
    pitches = [_first_message_after(name, follow) for follow in follows]
    assert all(pitches) and len(pitches) >= 10
    assert all(moment(message["created_at"]) - moment(follow["created_at"]) <= timedelta(hours=2)
               for message, follow in zip(pitches, follows, strict=True))
    texts = [message["text"] for message in pitches]
    assert len(set(texts)) == len(texts)  # each worded by hand for its reader
    assert all("497 €" in text and "997 €" in text and text.rstrip().endswith("?") for text in texts)
    assert not any(URL.search(message["text"]) for message in document(name)["messages"])
    # Her DMs are read for what they are, and with her slogans read as hollow talk, the pitch rule names them.
    scored = verdict(name)
    assert scored.signals["welcome_dms"].values["welcome_share"] >= 0.9
    assert scored.signals["auto_dms"].values["pitch_share"] >= 0.5
    assert "pitch-dms-to-new-followers" in rules_fired(scored)


def test_a_fake_expert_sprinkling_invented_business_figures_deflects_every_question_on_them():
    # Credscore lets him through (see the module docstring); the test holds the account to its brief.
    name = "h13_fr_expert_chiffres_inventes"
    posts = own_posts(name)
    figured = [post for post in posts if len(BUSINESS_FIGURE.findall(post["text"])) >= 1]
    assert len(figured) >= 0.8 * len(posts)
    assert any("+327 %" in post["text"] for post in posts) and any("12 k€" in post["text"] for post in posts)
    questions = [comment for post in posts for comment in post.get("comments", [])
                 if EVIDENCE_QUESTION.search(comment["text"])]
    assert len(questions) >= 4
    # His answers to those questions give no figure, no client, no evidence.
    replies = own_replies(name)
    assert replies and not any(BUSINESS_FIGURE.search(post["text"]) for post in replies)
    # No client is ever named: "un client", "une cliente", "mes clients B2B", never "chez Dupont Transports".
    assert not any(re.search(r"\bclient\w* (?:chez )?[A-Z][a-z]", post["text"]) for post in posts)


def test_a_growth_expert_fills_his_replies_with_short_varied_compliments():
    # Held "uncertain" by his slogans (see the module docstring); what it does read of his replies is asserted.
    name = "h13_en_growth_expert_compliment_replies"
    replies = own_replies(name)
    assert len(replies) >= 15 and len({post["text"] for post in replies}) == len(replies)
    assert median(len(post["text"].split()) - 1 for post in replies) <= 5  # a mention and a few words
    # In bursts: one reply session a day, a reply a minute or two apart.
    sessions = Counter(post["created_at"][:13] for post in replies)
    assert max(sessions.values()) >= 4
    assert all(post["created_at"].endswith(":00:00Z") for post in own_posts(name))  # his own posts: a scheduler
    scored = verdict(name)
    assert scored.signals["conversation"].values["generic_reply_share"] >= 0.5


def test_an_instagram_creator_growing_by_follow_for_follow_is_fake():
    name = "h13_en_instagram_follow_for_follow_creator"
    captions = [post["text"] for post in own_posts(name)]
    assert sum(bool(F4F_TAG.search(text)) for text in captions) >= 0.8 * len(captions)
    outs = follows_of(name, "out")
    undone = [follow for follow in outs if follow.get("ended_at")
              and moment(follow["ended_at"]) - moment(follow["created_at"]) <= timedelta(days=UNFOLLOW_DAYS)]
    assert len(undone) >= 0.7 * len(outs) >= 20
    audience = document(name)["audience"]
    assert sum(member["following"] >= 10 * member["followers"] for member in audience) >= len(audience) / 2
    scored = verdict(name)
    assert scored.signals["growth"].values["follow_churn_share"] >= 0.5
    assert "follow-for-follow-churn" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_content_farm_jittering_its_schedule_by_a_few_minutes_is_fake():
    name = "h13_en_jittered_content_farm"
    slots = {"instagram": 9, "threads": 13, "facebook": 18}
    posts = own_posts(name)
    for post in posts:
        when = moment(post["created_at"])
        slot = when.replace(hour=slots[post["platform"]], minute=0, second=0)
        assert abs(when - slot) <= timedelta(minutes=7), post["created_at"]  # the scheduler's slot, jittered
    assert not any(post["created_at"].endswith(":00Z") for post in posts)  # never on a round second
    assert {post["created_at"][:10] for post in posts} == {
        post["created_at"][:10] for post in posts if post["platform"] == "facebook"}  # every day, every slot
    scored = verdict(name)
    assert scored.band == "likely_fake", scored.score
