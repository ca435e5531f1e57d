"""Sixteenth round of hand-written hard cases (issues 11 and 13): genuine people whose honest habits look like the
checklist's items (terse, bilingual, mostly reposts, a "DM me" call, community words without business figures, one
redirection sent to everyone), and fakes who have read the checklist and dodge it by looking like its opposite.

The twelve accounts in ``tests/hard_cases/h16_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes, replies and views counters (``replies`` is the platform's count; only some comments are written out), others'
comments with their authors, media, reposts; DMs both ways on all twelve, dated follows on six, unfollows on five,
snapshots on six, audience samples of 32 to 38 on three; on Instagram, TikTok, YouTube, Threads, X, LinkedIn, Facebook,
Mastodon and blogs (none on Bluesky).

Six are genuine: a Cornish volunteer lifeboat station whose own posts are terse "Shout 14/26. Paged 16:40 …" reports,
pasted to Facebook and X a minute apart, among reposts of the Coastguard, the national body, neighbouring stations and
its own crew, its press officer answering people by hand (and refusing a newsdesk casualty details); a bilingual
speech-language pathologist in San Antonio who posts each tip twice on Instagram, in English then in Spanish four
minutes later, with the clinic's waiting times and sliding-scale prices, never diagnoses by message, declines a baby
app's $300 a post, and whose audience sample is local parents and teachers; a Sheffield personal trainer whose posts
say "DM me SESSIONS" and show clients' progress (Linda, 67, deadlifts 70 kg), with her prices, who refuses online
clients, meal plans and a supplement brand's £400, and sends people to their GP or a dietitian; a Rennes shared
garden whose posts say "communauté", "engagement", "lien social" and "co-construire" and carry no business figure at
all (there is no business), with neighbours, a sociologist and the town hall in its DMs, and a follower seller turned
down; a Chamonix mountain guide whose posts are a line of conditions ("Dent du Géant. 07/08. Cordes fixes en place.
Deux heures d'attente au pied. Venir mardi."), whose DMs give prices and say no when the mountain says no; a Lille
employment lawyer who posts practical guides linking to her own site, never answers a personal case in public, and
sends everyone who asks for advice by message the same text: no consultation by message, the free desk at the Maison
de justice et du droit, her fee.

Six are fake: a "purpose-led fundraising strategist" whose water charity in Malawi is nowhere on a register (readers ask
for its EIN and Form 990, a WaterAid volunteer and a traveller name where her photo and video come from, a man from
Mulanje asks which village, a donor asks three times for a receipt), who sells an $890 "Cause Growth Accelerator" by
DMs she writes first; a "certified blockchain forensic investigator" who posts good anti-scam advice and "CASE CLOSED
✅" stories, tells every victim under his posts "check your DMs, free assessment", then asks each for a $450 USDT
"retainer" and a "release fee" (a recovery scam; victims and a fraud watcher say so; three testimonial accounts with
2-5 followers); an "anti-guru" YouTuber who exposes gurus' funnels (fake countdowns, "only 10 seats", testimonials
from staff) while selling his $1,500 "Honest Operator" with "only 10 seats" six cohorts running, never names the
"$2.1M agency", refuses a refund, is told his scripts are another creator's, and offers a guru who complains a "more
balanced" follow-up at his $5,000 sponsorship rate; a French "experte subventions" who posts real public figures
(Bpifrance, France 2030, FEDER, CIR) as if they were her results, "98 % de dossiers acceptés", fake deadlines, and
takes 490 € of "frais d'étude" from entrepreneurs she writes to first, with Bpifrance and UFC-Que Choisir warning under
her posts and clients whose files were never filed; a French "expert e-réputation" who preaches "la confiance ne
s'achète pas" and sells shops "50 avis rédigés par notre réseau de Local Guides, 290 € HT" by DM, exposed by the
restaurant he calls his case study (47 reviews removed, a letter from the DGCCRF) and by a garage he pitched; a French
"expert YouTube" whose videos show 0.8 to 1.4 million views for 140 to 310 likes, with stock praise from accounts made
in March 2026, who tells the student paying 697 € to buy views with his affiliate code.

Scored with credscore-default@acd075586870.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, one of the six fakes ``likely_fake``); no genuine
account, nor a thinner or one-platform view of one, in ``likely_fake``; no genuine account accused of a blatant habit
by a rule (no rule fires on any of them); no fake in ``likely_genuine`` but those in ``ESCAPING_FAKES`` (four as the
auditor scored the round, three since).

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h16_en_scam_awareness_expert_recovery_scam`` (fake): 0.0, ``likely_genuine``, probability 0.0000, no rule. The
  only reasons lower the score: engagement.comments_per_like 0.1 (-0.24) and conversation.reply_share 23 % (-0.23),
  which is his "Check your DMs, I'll assess your case for free 🔎" to each victim, read as conversation. His DMs ask
  three victims for "$450 in USDT" and then a "release fee", each worded for the victim: template_share 0, pitch_share
  0, and credential_requests 0 (money, not a password, is asked). Six readers say it is a recovery scam (a fraud
  watcher quotes the IC3 warning); ``callouts`` counts one unanswered reader. The testimonial accounts with 2-5
  followers who followed him the same mornings are not read. His anti-scam advice is what a genuine educator posts.
- ``h16_en_anti_guru_youtuber_sells_mastermind`` (fake): 5.0, ``likely_genuine``, probability 0.00; rule
  ``self-proclaimed-title`` (+5) fires on a bio that says "Calling out fake gurus" (a misreading, see below);
  reply_share 13 % (+0.99), reframes 6 % (+0.33). His own "only 10 seats", the refund refused "outside the window",
  the unnamed "$2.1M agency", and the $5,000 "balanced follow-up" offered to the guru he attacked are not read
  (pitch_share 0); five critics under twelve posts count as one unanswered reader. His TikTok alone is 41.5,
  ``uncertain``.
- ``h16_fr_experte_subventions_frais_de_dossier`` (fake): 0.0, ``likely_genuine``, probability 0.00, no rule. Reasons:
  reply_share 15 % (+0.74), reframes 6 % (+0.38). The public billions (Bpifrance, France 2030, FEDER, CIR) are neither
  read as her figures nor as someone else's (business_metrics 0); pitch_share 14 %; two readers under two posts
  (``callouts``) is below ``contested-and-silent``; the warnings of Bpifrance and UFC-Que Choisir and the clients whose
  490 € bought no filed application are comments among others.
- ``h16_fr_expert_e_reputation_vend_faux_avis`` (fake): 0.0, ``likely_genuine``, probability 0.00, no rule. One reason,
  towards genuine: comments_per_like 0.1 (-0.24). His pitches ("50 avis … 290 € HT", "indétectables") are seen
  (pitch_share 50 %) and weigh nothing; his preaching against fake reviews reads as expertise; the restaurant quoting
  his invoice and the garage are one unanswered reader for ``callouts``; comment_authenticity is not measurable.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h16_en_fake_water_charity_fundraising_coach`` (fake): 35.0, probability 0.02, held by the floor of
  ``hollow-talk-not-genuine`` (hollow talk 3.0) with reframes 22 % (+1.45: "Donors don't give to causes. They give to
  people."), reply_share 13 % (+0.99), earnings claims and hooks 6 %. Eight readers asking for an EIN, a Form 990, a
  register entry, a village or a receipt, or naming WaterAid's photo, count as no callout at all (``callouts`` 0). Her
  Instagram alone is 97.1, ``likely_fake``.

Caught:

- ``h16_fr_youtubeur_expert_vues_achetees`` (fake): 78.9, ``likely_fake``; rule ``hollow-talk-not-genuine``,
  comment_authenticity.generic_comment_share 56 % (+3.12), audience_quality.empty_share 37 % (+3.04), reply_share 5 %
  (+2.00), topic_term_rate 0.053 (+1.35). Caught by the comment pack and the empty accounts it leaves in his audience;
  the views themselves (1.2 million views, 240 likes; engagement.engagement_shortfall 0.82 is measured) are not among
  the printed reasons, nor his DM telling a student to buy "10 000 vues" with his code.

Read rightly, with a habit seen and weighed little: the lawyer 0.0 (auto_dms.template_share 67 %, +1.63, pitch_share
0); the lifeboat station 0.0 (cross_platform_share 80 %, burst_share 69 %, no rule); the shared garden 0.0
(buzzwords in 14 % of posts, no business figure, no rule); the speech therapist, the trainer and the guide 0.0.
Thinner views: every genuine account's first twelve posts, no bio, no DM and all three stay ``likely_genuine``; one
platform alone never reaches ``likely_fake``, but the lawyer's Instagram alone (five posts, the same DM four times,
no reply) is 60.0, ``uncertain`` (``thin-history``), and her blog alone 33.4.

Misreading worth a look: ``self-proclaimed-title`` reads "guru" in "Calling out fake gurus" (self_titles.distinct_titles
1, titled_bio_share 67 %) as the account calling itself a guru. It fires here on a fake, but the same bio words are a
genuine debunker's or journalist's, and a title named as someone else's is not a self-title.

Since then (session 15, after reading this round, so none of it is an independent measure on these cases; and session
18, whose new ``callouts`` phrases were written after reading round 24, not this round):

- the title was in fact read in the YouTube bio, "The Guru Autopsy." ("Calling out fake gurus" was already a plural
  and a denial): ``self_titles`` now reads a title named beside a verb or noun of criticism in its clause ("review",
  "debunking", "calling out", "autopsy", "démonte", "dénonce") as the subject of that criticism, like a research topic.
  The anti-guru YouTuber loses the misread +5: 0.0, still ``likely_genuine``;
- ``callouts`` reads a customer who paid and got nothing ("my money back", "nobody else pay him", "I have recovered
  nothing", "Rendez-moi mes 490 €", "ne payez pas"): no genuine hand-written comment and no corpus comment holds one.
  The recovery scammer's complaints are under one post, and the victim he answered ("Check your DMs") is answered:
  one unanswered reader, still 0.0; the grants expert's two readers under two posts stay below
  ``contested-and-silent``;
- the new signal ``untraceable_payments`` reads the recovery scammer's "a $450 retainer in USDT" in the first DM to
  each of three victims: the firm rule ``asks-for-untraceable-payment`` holds him at 60.0, ``uncertain``, the three
  messages quoted. The signal was written after reading his case (its specificity was measured elsewhere: no hit in
  the corpus's 15,652 sent DMs nor in the other hand-written cases' DMs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta
from itertools import pairwise

from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    answered_after,
    assert_round_of_twelve,
    comments_matching,
    comments_of,
    document,
    first_sent_to,
    follows_of,
    messages_of,
    moment,
    own_posts,
    own_replies,
    rules_fired,
    verdict,
    wrote_first,
)

H16_CASES = sorted(path.stem for path in HARD_CASES.glob("h16_*.json"))

GENUINE = ("h16_en_lifeboat_station_reposts_and_terse_logs", "h16_en_bilingual_speech_therapist_same_tip_twice",
           "h16_en_personal_trainer_dm_me_for_sessions", "h16_fr_jardin_partage_communaute_sans_chiffres_business",
           "h16_fr_guide_haute_montagne_conditions_laconiques", "h16_fr_avocate_droit_travail_meme_reponse_dm")
FAKE = ("h16_en_fake_water_charity_fundraising_coach", "h16_en_scam_awareness_expert_recovery_scam",
        "h16_en_anti_guru_youtuber_sells_mastermind", "h16_fr_experte_subventions_frais_de_dossier",
        "h16_fr_expert_e_reputation_vend_faux_avis", "h16_fr_youtubeur_expert_vues_achetees")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h16_en_anti_guru_youtuber_sells_mastermind", "h16_fr_expert_e_reputation_vend_faux_avis")
# No rule fires on any genuine account of this round.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The fake charity is held "uncertain" by the hollow-talk floor (see the module docstring).
# Since session 18 the "experte subventions" too: readers who say the fees are not asked by the Région, unanswered.
UNCERTAIN_FAKES = ("h16_en_fake_water_charity_fundraising_coach", "h16_en_scam_awareness_expert_recovery_scam",
                   "h16_fr_experte_subventions_frais_de_dossier")
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    **{name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES + UNCERTAIN_FAKES},
}
FIRST_POSTS = 12

# Readers saying the charity cannot be verified, or that its pictures are someone else's.
CHARITY_CALLOUT = re.compile(r"EIN|990|501\(c\)|Tax Exempt|register|WaterAid|Mulanje|village|receipt|Cape Maclear|"
                             r"Module 2|red flag|matching donor", re.IGNORECASE)
# Readers saying the "investigator" is the scam.
RECOVERY_CALLOUT = re.compile(r"recovery scam|retainer|release fee|compliance fee|IC3|fake recovery|freeze certificate|"
                              r"not one named case", re.IGNORECASE)
# Readers pointing at the anti-guru's own funnel, his unnamed agency or his borrowed scripts.
ANTI_GURU_CALLOUT = re.compile(r"my video|my structure|countdown|10 seats|refund|which company|agency|\$2\.1M|"
                               r"mirror|cropped|Cal changed everything", re.IGNORECASE)
# Public warnings and clients' complaints under the grants consultant's posts.
GRANTS_CALLOUT = re.compile(r"aucun intermédiaire|aucune trace|490 €|copié|aucun organisme|jusqu'en décembre|"
                            r"sur combien|trois clients|faux cabinets|Karim qui", re.IGNORECASE)
# Readers exposing the review seller.
REVIEWS_CALLOUT = re.compile(r"50 avis|290 €|supprimé|DGCCRF|Pack Réputation|capture|comptes créés|Google en tout cas",
                             re.IGNORECASE)


def _same_text_groups(name: str) -> dict[str, list[dict]]:
    """The account's own posts grouped by their exact text."""
    groups = defaultdict(list)
    for post in own_posts(name):
        groups[post["text"]].append(post)
    return groups


def _words(text: str) -> int:
    return len(text.split())


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H16_CASES, GENUINE, FAKE, max_posts=40)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine accounts whose honest habits look like the checklist's items.


def test_a_lifeboat_station_posts_terse_shout_reports_among_reposts_of_its_colleagues():
    name = "h16_en_lifeboat_station_reposts_and_terse_logs"
    shout = re.compile(r"Shout \d{2}/26\. Paged \d{2}:\d{2}")
    shouts = [posts for text, posts in _same_text_groups(name).items() if shout.match(text)]
    assert len(shouts) >= 10
    for posts in shouts:
        assert {post["platform"] for post in posts} == {"facebook", "twitter"}
        times = sorted(moment(post["created_at"]) for post in posts)
        assert times[1] - times[0] <= timedelta(minutes=2)
        assert _words(posts[0]["text"]) <= 45  # a log line, not a story
    # Most of what it puts out beside them is its neighbours' and the national bodies' posts.
    reposts = [post for post in document(name)["posts"] if post["kind"] == "repost"]
    assert len(reposts) >= 10 and len({post["text"].split(":")[0] for post in reposts}) >= 6
    # Its press officer answers people who write, in her own words, and gives the press no casualty details.
    sent = messages_of(name, "sent")
    assert len({message["text"] for message in sent}) == len(sent) >= 5
    assert all(wrote_first(name, counterpart) for counterpart in {message["counterpart"] for message in sent})
    assert any("don't give casualty details" in message["text"] for message in sent)
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.5  # the pasted reports are seen
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_bilingual_speech_therapist_posts_each_tip_in_english_then_in_spanish():
    name = "h16_en_bilingual_speech_therapist_same_tip_twice"
    posts = sorted((post for post in own_posts(name) if post["platform"] == "instagram"),
                   key=lambda post: post["created_at"])
    pairs = [(first, second) for first, second in pairwise(posts)
             if moment(second["created_at"]) - moment(first["created_at"]) <= timedelta(minutes=10)]
    assert len(pairs) >= 8
    for english, spanish in pairs:
        assert re.search(r"\b(?:the|your|you)\b", english["text"]) and re.search(r"\b(?:l[ao]s?|su|es|una?)\b",
                                                                                 spanish["text"])
    # The clinic's real figures; no diagnosis by message; no paid promotion.
    assert any("$60 to $110" in post["text"] for post in own_posts(name))
    assert any("No puedo decirle por mensaje" in message["text"] for message in messages_of(name, "sent"))
    assert any("don't promote" in message["text"] for message in messages_of(name, "sent"))
    audience = document(name)["audience"]
    assert len({member["created_at"][:4] for member in audience}) >= 8
    assert sum(member["following"] >= 2000 for member in audience) <= 2
    scored = verdict(name)
    assert scored.signals["audience_quality"].values["mass_follower_share"] < 0.1
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_personal_trainer_says_dm_me_and_answers_each_message_herself():
    name = "h16_en_personal_trainer_dm_me_for_sessions"
    posts = own_posts(name)
    assert sum("DM me SESSIONS" in post["text"] for post in posts) >= 2
    assert sum("£" in post["text"] for post in posts) >= 3
    # Everyone who writes gets an answer of their own; the ones she cannot help are sent to the right person.
    sent = messages_of(name, "sent")
    assert len({message["text"] for message in sent}) == len(sent) >= 5
    assert all(wrote_first(name, counterpart) for counterpart in {message["counterpart"] for message in sent})
    assert any(re.search(r"GP|dietitian", message["text"]) for message in sent)
    assert any("not taking online clients" in post["text"] for post in posts)
    # The supplement brand she turned down was followed for a week and dropped the morning she said so.
    dropped = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert [follow["counterpart"] for follow in dropped] == ["shredlab.supps"]
    snapshots = sorted((s for s in document(name)["snapshots"] if s["platform"] == "instagram"), key=lambda s: s["at"])
    assert all(0 < later["followers"] / earlier["followers"] - 1 < 0.05 for earlier, later in pairwise(snapshots))
    scored = verdict(name)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_shared_garden_talks_community_and_engagement_with_no_business_figure():
    name = "h16_fr_jardin_partage_communaute_sans_chiffres_business"
    posts = own_posts(name)
    community = re.compile(r"communauté|engagement|lien social|co-construire|gouvernance|partager le pouvoir",
                           re.IGNORECASE)
    assert sum(bool(community.search(post["text"])) for post in posts) >= 8
    assert not any(re.search(r"€|%|taux", post["text"]) for post in posts)  # nothing to sell, no margin to quote
    # The animator signs her answers, writes back to every neighbour, and turns down bought followers.
    assert sum(reply["text"].endswith("— Nolwenn") for reply in own_replies(name)) >= 3
    assert all(wrote_first(name, counterpart)
               for counterpart in {message["counterpart"] for message in messages_of(name, "sent")})
    assert any("Non merci" in message["text"] for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert scored.signals["buzzwords"].values["post_share"] > 0  # the words are seen
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_mountain_guide_posts_conditions_in_a_line_and_says_no_by_message():
    name = "h16_fr_guide_haute_montagne_conditions_laconiques"
    posts = own_posts(name)
    lengths = sorted(_words(post["text"]) for post in posts)
    assert lengths[len(lengths) // 2] <= 20
    assert sum(bool(re.search(r"\. \d{2}/\d{2}\.", post["text"])) for post in posts) >= 8
    # Prices, and refusals when conditions or group size say no; a gel brand gets two words.
    sent = [message["text"] for message in messages_of(name, "sent")]
    assert sum(bool(re.search(r"\d[\d ]* €", text)) for text in sent) >= 3
    assert sum(bool(re.search(r"\bNon\b|trop|déconseille|Pas directement", text)) for text in sent) >= 3
    assert "Non merci." in sent
    scored = verdict(name)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_lawyer_sends_everyone_the_same_no_consultation_by_message_answer():
    name = "h16_fr_avocate_droit_travail_meme_reponse_dm"
    askers = {message["counterpart"] for message in messages_of(name, "received") if "?" in message["text"]
              and message["counterpart"] != "LegalLeadsPro"}  # the lead seller asks for a call, not for advice
    firsts = {first_sent_to(name, asker)["text"] for asker in askers}
    assert len(askers) >= 6 and len(firsts) == 1
    assert all(wrote_first(name, asker) for asker in askers)
    answer = firsts.pop()
    assert "Je ne peux pas donner de consultation par message" in answer and "120 €" in answer
    # She never answers a personal case in public, and most posts link to her own site.
    personal = [comment for comment in comments_of(name) if "?" in comment["text"] and comment["author"] in askers]
    assert len(personal) >= 3 and not any(answered_after(name, comment) for comment in personal)
    posts = own_posts(name)
    assert sum(any("vandamme-avocat.fr" in link for link in post["links"]) for post in posts) >= 0.6 * len(posts)
    assert any(message["counterpart"] == "LegalLeadsPro" for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.5  # the same answer is seen
    assert scored.signals["auto_dms"].values["pitch_share"] == 0
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


# Fakes who have read the checklist and dodge it.


def test_a_fundraising_coachs_water_charity_cannot_be_found_and_she_answers_only_praise():
    name = "h16_en_fake_water_charity_fundraising_coach"
    callouts = comments_matching(name, CHARITY_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 8
    assert not any(answered_after(name, comment) for comment in callouts)
    # The donor asking for a receipt gets "fiscally sponsored … soon", then nothing.
    donor = [message for message in document(name)["messages"] if message["counterpart"] == "Kevin Moss"]
    assert sum(message["direction"] == "received" for message in donor) >= 3
    assert [message["text"] for message in donor if message["direction"] == "sent"] == [
        next(message["text"] for message in donor if "fiscally sponsored" in message["text"])]
    # Nonprofit leaders are pitched by DMs she writes first, followed and dropped about two weeks later.
    pitched = {message["counterpart"] for message in messages_of(name, "sent")
               if not wrote_first(name, message["counterpart"])}
    assert len(pitched) >= 5
    dropped = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert len(dropped) >= 4
    scored = verdict(name)
    assert "hollow-talk-not-genuine" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score


def test_a_scam_awareness_expert_charges_victims_a_retainer_and_a_release_fee():
    name = "h16_en_scam_awareness_expert_recovery_scam"
    assert any("FREE case assessment" in profile["bio"] for profile in document(name)["profiles"])
    # Each victim told "check your DMs" in public is asked for $450 in USDT, then for a fee to "release" the funds.
    asked = {message["counterpart"] for message in messages_of(name, "sent") if "$450" in message["text"]}
    assert len(asked) >= 3
    assert any(re.search(r"release fee", message["text"]) for message in messages_of(name, "sent"))
    callouts = comments_matching(name, RECOVERY_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    assert not any(answered_after(name, comment) for comment in callouts)
    # His testimonials come from accounts with a handful of followers that followed him in 2026.
    puppets = [comment for comment in comments_of(name) if comment.get("author_followers", 99) <= 5]
    assert len({comment["author"] for comment in puppets}) >= 3
    followers = {follow["counterpart"] for follow in follows_of(name, "in")}
    assert {comment["author"] for comment in puppets} <= followers
    # His "check your DMs" replies are read as conversation, but the retainers asked in USDT hold him uncertain.
    scored = verdict(name)
    assert scored.signals["conversation"].values["reply_share"] >= 0.2
    assert scored.signals["untraceable_payments"].values["people_asked"] >= 3
    assert "asks-for-untraceable-payment" in rules_fired(scored)
    assert scored.band == "uncertain", scored.score


def test_an_anti_guru_youtuber_sells_the_funnel_he_exposes():
    name = "h16_en_anti_guru_youtuber_sells_mastermind"
    posts = own_posts(name)
    assert sum(bool(re.search(r"guru|Guru", post["text"])) for post in posts) >= 8
    assert sum("10 seats" in post["text"] for post in posts) >= 1
    assert any("$1,500" in post["text"] for post in posts)
    callouts = comments_matching(name, ANTI_GURU_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    # One deflection ("the receipts are inside … for members"), no answer to any other critic.
    answered = [comment for comment in callouts if answered_after(name, comment)]
    assert {comment["author"] for comment in answered} <= {"lindsay.freelances"}
    sent = [message["text"] for message in messages_of(name, "sent")]
    assert any("$5,000" in text for text in sent)  # the guru who complains is offered a paid "balanced" follow-up
    assert any("outside the window" in text for text in sent)
    assert sum("Honest Operator" in text or "honestoperator.co" in text for text in sent) >= 3
    # "The Guru Autopsy", "I review guru courses": gurus are what he criticises, not what he calls himself.
    scored = verdict(name)
    assert scored.signals["self_titles"].values["distinct_titles"] == 0
    assert "self-proclaimed-title" not in rules_fired(scored)


def test_a_grants_expert_posts_public_billions_and_takes_490_euros_upfront():
    name = "h16_fr_experte_subventions_frais_de_dossier"
    posts = own_posts(name)
    assert sum(bool(re.search(r"milliards", post["text"])) for post in posts) >= 4
    callouts = comments_matching(name, GRANTS_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 6
    assert not any(answered_after(name, comment) for comment in callouts if comment["author"] != "Julien Roussel")
    # The entrepreneurs are approached first, asked 490 € before any work; the refund is refused.
    approached = {message["counterpart"] for message in messages_of(name, "sent") if "490 €" in message["text"]}
    assert len(approached) >= 3
    assert not any(wrote_first(name, counterpart) for counterpart in approached)
    assert any("n'est pas remboursable" in message["text"] for message in messages_of(name, "sent"))
    unanswered = [message for message in messages_of(name, "received") if message["counterpart"] == "Patrick Delmas"
                  and "dépôt" in message["text"]]
    assert len(unanswered) >= 2 and not [message for message in messages_of(name, "sent")
                                         if message["counterpart"] == "Patrick Delmas"
                                         and message["created_at"] > unanswered[0]["created_at"]]


def test_an_e_reputation_expert_preaches_trust_and_sells_written_reviews():
    name = "h16_fr_expert_e_reputation_vend_faux_avis"
    posts = own_posts(name)
    assert sum(bool(re.search(r"confiance|authentique|faux avis|transparence", post["text"])) for post in posts) >= 5
    offers = [message for message in messages_of(name, "sent") if "50 avis" in message["text"]]
    assert len({message["counterpart"] for message in offers}) >= 3
    # The restaurant and the garage were approached first; the bakery had written the keyword of his free audit.
    assert {"chezlucette.mtp", "Rémi Carbonnel"} <= {message["counterpart"] for message in offers
                                                     if not wrote_first(name, message["counterpart"])}
    callouts = comments_matching(name, REVIEWS_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 3
    answered = [comment for comment in callouts if answered_after(name, comment)]
    assert all(comment["author"] == "Rémi Carbonnel" for comment in answered)  # "captures sorties de leur contexte"


def test_a_youtube_expert_shows_bought_views_and_sells_them_to_his_students():
    name = "h16_fr_youtubeur_expert_vues_achetees"
    videos = [post for post in own_posts(name) if post["platform"] == "youtube"]
    assert len(videos) >= 8
    assert all(post["views"] >= 700_000 and post["likes"] <= 0.0005 * post["views"] for post in videos)
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    assert snapshots[-1]["followers"] - snapshots[0]["followers"] < 1000 < sum(post["views"] for post in videos) / 1000
    # Stock praise from accounts with no follower, made in March 2026, which fill a third of his audience sample.
    stock = [comment for comment in comments_of(name) if comment.get("author_followers") == 0]
    assert len(stock) >= 15
    audience = document(name)["audience"]
    empty = [member for member in audience if not member["has_avatar"] and member["posts_count"] == 0]
    assert len(empty) >= 0.3 * len(audience) and all(member["created_at"].startswith("2026-03") for member in empty)
    assert any("KEVIN10" in message["text"] for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert scored.signals["comment_authenticity"].values["generic_comment_share"] >= 0.4
    assert scored.signals["audience_quality"].values["empty_share"] >= 0.3
    assert scored.band == "likely_fake", scored.score
