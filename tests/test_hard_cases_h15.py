"""Fifteenth round of hand-written hard cases (issues 11 and 13): genuine people whose honest habits look like the
checklist's items, and fakes who have read the checklist and dodge it with new tricks.

The twelve accounts in ``tests/hard_cases/h15_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes, replies and views counters, others' comments with their authors, media; DMs both ways on all twelve, dated
follows on four, unfollows on three, snapshots on five, audience samples of 36 on two; on Instagram, TikTok, YouTube,
Threads, Bluesky, X, LinkedIn, Facebook, Mastodon and blogs.

Six are genuine: a university IT service desk that answers everyone locked out of their account with the same
recovery text by DM ("we will never ask for your password or MFA code here", a card at the desk or a video
verification), then by hand, and whose status page posts each notice word for word to X, Mastodon and Bluesky in the
same minute; a Falmouth hot-sauce shop that sends every customer who writes about an order the same confirmation DM
(packing days, Royal Mail 48, tracking by email), with prices and their reasons, a 36-follower audience sample of
local people and steady growth; a Deaf British Sign Language teacher whose short videos carry a one-line caption,
the same on TikTok, Instagram and YouTube, under which learners mostly leave emoji and a few words, with her class's
pass rate and fee; a Nantes fact-checking journalist who posts links to her own articles and never answers the
hostile comments (and insulting DMs) they draw, only the readers who send tips; a guides' union pushing its campaign
"Pas de visite sans carte" with the same text on Facebook, X, LinkedIn, Instagram and Mastodon, with its survey's
figures and answers to members; the community managers of a bus and tram network in Angers, sending every traveller
who asks for a refund the same procedure by DM ("ne nous envoyez jamais vos coordonnées bancaires") and answering
angry comments one by one, signed with a first name.

Six are fake: an American "remote career coach" posting job offers ("25 Remote Social Media Assistants, $28-$35/hr, no
experience") whose every applicant is "shortlisted" by DM and asked for a $149 "certification", with readers saying
they paid and got neither a job nor a refund, never answered; a "faceless YouTube" guru who says he never sells
anything and answers every question, in public and in DM, with his free Telegram, where the $997 "Inner Circle" is
sold (a member's DM and readers' comments say so; a creator says the analytics screenshot is his); a CRO consultant
whose case studies carry precise figures and are copied from other agencies' published case studies (readers and one
agency name the originals), who refuses a prospect one reference "under NDA"; a French "expert IA, +8 ans dans la
tech" whose same account sold NFTs in the spring and a TikTok Shop programme in the summer, each niche followed and
unfollowed at the pivot, the same follower sold two programmes; a French Instagram "coach croissance" whose followers
come from giveaways (iPhone, PS5, MacBook, 1 000 €) whose winners are never announced, the "winners" told by DM they won
a seat in her 497 € course for 47 € of fees, her audience sample 61 % giveaway hunters; a French "média indépendant de
l'entrepreneuriat" whose rankings, portraits, "enquêtes" and "palmarès" all promote its own publisher's 2 997 €
academy (readers quote the legal notice), and which offers entrepreneurs a place in its palmarès for 390 € HT.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, one of the six fakes ``likely_fake``); no fake
in ``likely_genuine`` but the two listed in ``ESCAPING_FAKES``; no genuine account accused of a blatant habit by a
rule but the union (``ACCUSED_OF_A_HABIT``).

Scored with credscore-default@6546af6c9505. A writing artefact of the round: every post's ``replies`` counter is the
number of comments written out (two or three under posts with hundreds or thousands of likes), so
``engagement.comments_per_like`` is near 0 everywhere and pushes each account slightly towards fake (+0.4).

Rescored by the lead with credscore-default@acd075586870, after three changes of session 14 that this round prompted or
tested: a text pasted to several networks is counted once in the shares of what an account says (its copies on other
networks are the cross-post, which ``cross_posting`` measures); the signal ``callouts`` and the rule
``contested-and-silent`` (readers contest the account under three posts or more, two readers or more, and get no
answer: held out of ``likely_genuine``, never accused); the signal ``credential_requests`` and the firm rule
``asks-for-credentials``. The callouts' phrases were widened after reading this round's comments (generic ways of
contesting: "word for word", "name one client", "no refund", "mentions légales", "stock footage"), so this round is no
independent measure of that reading; its genuine accounts are (no phrase was added to spare them). Since then:

- the guides' union is 6.9 and its thinner views 2.9 to 17.8, all ``likely_genuine`` (its first twelve posts without
  DMs were 100.0): the campaign line pasted to five networks counts once in ``reframe_share``;
  ``identical-cross-posting`` still fires on the whole history (asserted as ``ACCUSED_OF_A_HABIT``);
- the CRO consultant is 35.0, ``uncertain``: four posts, three readers (two agencies among them) naming the
  originals, unanswered but for one deflection; the fake media is 35.0 (the legal notice and "publireportage" quoted
  under three posts); the job offers 35.0 with ``contested-and-silent`` beside the hollow-talk floor (eight posts,
  seven readers: "no refund", "complaints about", "stock footage", "filed with the state attorney general");
- the IT desk's "we will never ask for your password or MFA code here" asks nobody for anything (people_asked 0), nor
  does the bus network's "ne nous envoyez jamais vos coordonnées bancaires"; the journalist's hostile comments are
  insults and accusations of bias, no callout of a fact (``contested-and-silent`` does not fire);
- still through: the faceless guru 7.2 (one callout, "still waiting for you to take it down") and the NFT-to-IA
  expert 1.9 (one reader asking twice which company: one reader is no pattern);
- then (lexicon ``withheld_answers``, written from the funnel's behaviour: a reply that withholds the answer for a
  place the account controls says nothing of its own, however long): the faceless guru's "it's all in the free group,
  link in bio" and "I walk people through it step by step in the Telegram" are no longer conversation (reply_share
  29 % to 5 %): 25.8, still ``likely_genuine``; the NFT-to-IA expert 2.9 ("tout est dans la masterclass, lien en
  bio").

Finding on a genuine account, as the auditor scored it (fixed since, see above):

- ``h15_fr_syndicat_guides_meme_campagne_partout``: 7.5, ``likely_genuine``, but rule ``identical-cross-posting``
  fires (+5: cross_platform_share 87 %, 5 platforms, family.hollow_talk 1.45), and its first twelve posts without its
  three DMs are 100.0, ``likely_fake`` (first twelve posts alone 47.5, ``uncertain``): ``identical-cross-posting`` and
  ``hollow-talk-not-genuine`` (hollow talk 2.95), reframes.reframe_share 45 % (+2.83), reply_share 8 % (+1.59). The
  campaign's one rhetorical turn, "Ce n'est pas gratuit : c'est non déclaré", is read as the guru's "It's not X, it's
  Y" slogan, and counted once per network it was pasted to (five of the first eleven posts); the survey's figures (412
  guides, 14 200 € to 8 800 €, -38 %, 61 %) do not outweigh it. A union's campaign is meant to be the same words
  everywhere; the three DMs to members are all that keeps the thinner view out of "likely fake".

Not asserted (credscore disagrees with a careful auditor):

- ``h15_en_cro_consultant_copied_case_studies`` (fake): 0.0, ``likely_genuine``, probability 0.0000, no rule. The
  dodge works exactly: business_metrics.quantified_rate 15.9 per 1,000 words (-1.79) is the only reason towards
  genuine, and the figures are someone else's. The three readers and the copied agency naming the originals
  (Kestrel Digital, Fernhill CRO, Optimology, GoodUI) are read as comments, not as what they say; his silence towards
  them, his "Good results get replicated across the industry" and the reference refused "under NDA" are no reason.
- ``h15_en_faceless_youtube_guru_sells_in_private_telegram`` (fake): 7.1, ``likely_genuine``, probability 0.02; rule
  ``sales-pitch-dms`` (+5: template_share 83 %, pitch_share 83 %: the Telegram redirection is read as a pitch).
  conversation.reply_share 29 % (-0.97) is the strongest model reason, and every one of those replies is "it's in the
  free Telegram". The sale happens off the record; the member's DM about the $997 Inner Circle and the readers'
  comments about it and about the borrowed screenshots are not read. "$11,400/Month" in a video title is no earnings
  claim (claim_share 7 %: "assets that pay you while you sleep"). His first twelve posts are 35.0, X alone 35.0.
- ``h15_fr_expert_ia_qui_vendait_nft_puis_tiktok_shop`` (fake): 2.1, ``likely_genuine``, probability 0.02, no rule.
  Reasons: lead_magnets.bait_share 29 % (+0.91), reply_share 14 % (+0.83), earnings_claims 6 % (+0.78): all towards
  fake. The pivot spreads his talk over three topics (topic_share 25 %, buzzwords 5 % of posts); "+8 ans dans la tech"
  against eight months of NFT, TikTok Shop and "IA" is not read, nor the readers saying so, nor the niches followed
  and unfollowed at each pivot (too few for the churn reading). His DM pitches, each worded for its season, are not
  templates (template_share 0) and not read as pitches either (pitch_share 0, "497 € … Je t'envoie le lien de
  paiement ?"). His first twelve posts are 35.0, TikTok alone 35.0.
- ``h15_fr_faux_media_independant_du_coach`` (fake): 2.9, ``likely_genuine``, probability 0.03, no rule. Reasons:
  auto_dms.template_share 80 % (+2.09; the paid palmarès offer), reply_share 11 % (+1.24), earnings_claims 6 %,
  hooks 6 %: all towards fake. Links to its own site are read like a newsroom's (link_share 0 %), and what every
  article promotes (its publisher's academy) is not seen; the readers quoting its legal notice or saying
  "publireportage", and "390 € HT de frais de rédaction" in its DMs, are not read. Facebook alone is 35.0.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h15_en_remote_job_offers_paid_certification`` (fake): 35.0, probability 0.03, held by the floor of
  ``hollow-talk-not-genuine`` (hollow talk 2.85) and ``sales-pitch-dms`` (+5: template_share 78 %, pitch_share 78 %).
  Reasons: lead_magnets.bait_share 33 % (+1.04, the "Comment INTERESTED" job posts), earnings_claims 7 %, reply_share
  26 % (-0.65: her "check your messages hun 💌" to each applicant). A job offer that asks the applicant to pay is not
  read as such, nor the readers' comments (paid $149, no placement, 14 complaints, a state attorney general), nor
  the refund requests left unanswered.

Caught:

- ``h15_fr_coach_croissance_concours_sans_gagnant`` (fake): 100.0, ``likely_fake``; rule ``sales-pitch-dms`` (+5, the
  "félicitations, 47 € de frais" DM), audience_quality.mass_follower_share 61 % (+5.34), reply_share 0 % (+2.64),
  topic_term_rate 0.034. Caught by her audience of giveaway hunters; the giveaways themselves (five, no winner named,
  followers arriving on each giveaway's first day and partners unfollowed after each "draw") are not a reason:
  unexplained_growth_share 0 (each wave has its giveaway post), follow_churn_share not read (15 unfollows).

Read rightly, with a habit seen and weighed little: the IT desk 0.4 (template_share 50 %, +1.03), the hot-sauce shop
0.0 (template_share 50 %), the bus network 0.0 (template_share 50 %, its replies -1.20), the sign-language teacher 0.0
(reply_share 18 %), the journalist 1.0 (reply_share 11 %; her silence towards hostile comments is not read as
silence towards readers). Misleading note: on accounts without any dated new follower, "automatic welcome messages"
is "not measurable" with the note "the export records follows without their time", including the NFT-to-IA guru
whose ten follows all have a time (they are all his own follows, none a new follower). Fixed by the lead in the same
session: such a history's note now says that no new follower is recorded.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import timedelta
from itertools import pairwise

from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    addressed,
    assert_round_of_twelve,
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

H15_CASES = sorted(path.stem for path in HARD_CASES.glob("h15_*.json"))

GENUINE = ("h15_en_university_it_desk_account_recovery_dms", "h15_en_hot_sauce_shop_same_order_confirmation_dm",
           "h15_en_deaf_sign_language_teacher_short_captions", "h15_fr_journaliste_verification_commentaires_hostiles",
           "h15_fr_syndicat_guides_meme_campagne_partout", "h15_fr_cm_reseau_bus_tram_remboursements_dm")
FAKE = ("h15_en_remote_job_offers_paid_certification", "h15_en_faceless_youtube_guru_sells_in_private_telegram",
        "h15_en_cro_consultant_copied_case_studies", "h15_fr_expert_ia_qui_vendait_nft_puis_tiktok_shop",
        "h15_fr_coach_croissance_concours_sans_gagnant", "h15_fr_faux_media_independant_du_coach")
# The fakes credscore let through in "likely_genuine" when the round was written (see the module docstring), the
# faceless guru and the AI expert, are "likely_fake" since session 17: each one's TikTok, Threads or X read alone is a
# fake expert's (``fake-on-one-platform``), which his other networks no longer dilute.
ESCAPING_FAKES: tuple[str, ...] = ()
# The guides' union: its campaign pasted to five networks fires ``identical-cross-posting`` (see the module docstring).
ACCUSED_OF_A_HABIT = ("h15_fr_syndicat_guides_meme_campagne_partout",)
# The fake job offers, the copied case studies and the fake media are held "uncertain": their readers contest them
# under several posts and get no answer (``contested-and-silent``; see the module docstring).
UNCERTAIN_FAKES = ("h15_en_remote_job_offers_paid_certification", "h15_en_cro_consultant_copied_case_studies",
                   "h15_fr_faux_media_independant_du_coach")
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    **{name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES + UNCERTAIN_FAKES},
}
FIRST_POSTS = 12
# A figure: a count, a percentage, an amount ("2,318 tickets", "-38 %", "£8.25", "14 200 €").
FIGURE = re.compile(r"\d[\d  ,.]*\s?(?:%|€|k\b)|[£$]\s?\d|\b\d{2,}\b")
# Hostile comments under the journalist's posts.
HOSTILE = re.compile(r"payée|censeur|menteuse|niez|assistés|vérifiez|subventionn|Sanofi|tribunal|police de la pensée|"
                     r"ministère de la Vérité|naïve|cache la fermeture", re.IGNORECASE)
# Readers saying the job offers cost money and lead nowhere.
PAID_NO_JOB = re.compile(r"\$149|paid|refund|complaints|attorney|employer|stock footage|Canva", re.IGNORECASE)
# Readers naming where the CRO consultant's case studies come from.
ORIGINAL_SOURCE = re.compile(r"Kestrel|Fernhill|Optimology|GoodUI|our 2021|someone else's", re.IGNORECASE)
# Readers noticing the NFT-to-IA pivot.
PIVOT_CALLOUT = re.compile(r"NFT|TikTok Shop|8 ans|en juillet|en mars|Shop Machine", re.IGNORECASE)
# Readers pointing at the "independent" media's owner.
OWNER_CALLOUT = re.compile(r"Lemaire Consulting|éditeur|publireportage|propriétaire|son propre|l'Académie|"
                           r"coachs de l'Académie", re.IGNORECASE)
TELEGRAM = re.compile(r"telegram|t\.me|free group|the group|community|link in (?:bio|the description)|pinned",
                      re.IGNORECASE)


def _same_text_groups(name: str) -> dict[str, list[dict]]:
    """The account's own posts grouped by their exact text."""
    groups = defaultdict(list)
    for post in own_posts(name):
        groups[post["text"]].append(post)
    return groups


def _span(posts: list[dict]) -> timedelta:
    times = sorted(moment(post["created_at"]) for post in posts)
    return times[-1] - times[0]


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H15_CASES, GENUINE, FAKE)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine accounts whose honest habits look like the checklist's items.


def test_an_it_desk_answers_every_locked_out_user_with_the_same_safe_recovery_text():
    name = "h15_en_university_it_desk_account_recovery_dms"
    counterparts = {message["counterpart"] for message in messages_of(name, "received")}
    firsts = [first_sent_to(name, counterpart)["text"] for counterpart in counterparts]
    # The same text to six people on three networks, each of whom wrote first, and it asks for no secret.
    assert len(counterparts) >= 6 and len(set(firsts)) == 1
    assert all(wrote_first(name, counterpart) for counterpart in counterparts)
    assert "never ask for your password or MFA code" in firsts[0]
    # Then a personal answer to each, in different words.
    later = [message["text"] for message in messages_of(name, "sent") if message["text"] != firsts[0]]
    assert len(later) == len(counterparts) == len(set(later))
    # The status page's notices go out word for word to the three networks within a minute.
    mirrored = [posts for posts in _same_text_groups(name).values()
                if {post["platform"] for post in posts} == {"twitter", "mastodon", "bluesky"}]
    assert len(mirrored) >= 4 and all(_span(posts) <= timedelta(minutes=1) for posts in mirrored)
    assert sum(bool(FIGURE.search(post["text"])) for post in own_posts(name)) >= 0.5 * len(own_posts(name))
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.4  # the recovery text is seen
    # "We will never ask for your password or MFA code here" warns; it asks nobody for anything.
    assert scored.signals["credential_requests"].values["people_asked"] == 0
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_hot_sauce_shop_sends_every_customer_the_same_order_confirmation():
    name = "h15_en_hot_sauce_shop_same_order_confirmation_dm"
    confirmations = [message for message in messages_of(name, "sent") if "Thank you so much for your order" in
                     message["text"]]
    customers = {message["counterpart"] for message in confirmations}
    assert len(confirmations) == len(customers) >= 6 and len({message["text"] for message in confirmations}) == 1
    assert all(wrote_first(name, customer) for customer in customers)
    # The follower seller's offer gets no answer, and the shop stopped following that account the same day.
    assert not [message for message in messages_of(name, "sent") if message["counterpart"] == "growth_hub_uk"]
    assert [follow["counterpart"] for follow in follows_of(name, "out") if follow.get("ended_at")] == ["growth_hub_uk"]
    # Prices and their reasons; local people in its audience, made over many years; steady growth.
    assert sum("£" in post["text"] for post in own_posts(name)) >= 3
    audience = document(name)["audience"]
    assert len({member["created_at"][:4] for member in audience}) >= 8
    assert not [member for member in audience if member["following"] >= 2000]
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    assert all(0 < later["followers"] / earlier["followers"] - 1 < 0.05 for earlier, later in pairwise(snapshots))
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.4  # the confirmation is seen
    assert scored.signals["audience_quality"].values["mass_follower_share"] < 0.1
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_sign_language_teacher_posts_videos_with_one_line_captions_on_three_apps():
    name = "h15_en_deaf_sign_language_teacher_short_captions"
    captions = [posts for posts in _same_text_groups(name).values()
                if {post["platform"] for post in posts} == {"tiktok", "instagram", "youtube"}]
    assert len(captions) >= 7
    for posts in captions:
        assert _span(posts) <= timedelta(minutes=15)
        assert all(post["media"][0]["kind"] == "video" for post in posts)
        assert len(posts[0]["text"].split()) <= 25  # a line, not a post
    # Learners answer with emoji or a few words, each in their own; she answers the questions.
    comments = comments_of(name)
    assert sum(len(comment["text"].split()) <= 4 for comment in comments) >= 8
    assert len(own_replies(name)) >= 4
    # Her class's figures, and a sponsorship she declines.
    assert any("£240" in post["text"] and "12 passed" in post["text"] for post in own_posts(name))
    assert any("don't promote" in message["text"] for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_fact_checker_links_her_articles_and_never_answers_the_hostile_comments():
    name = "h15_fr_journaliste_verification_commentaires_hostiles"
    posts = own_posts(name)
    linked = [post for post in posts if any("lecho-pdl.fr" in link for link in post.get("links", []))]
    assert len(linked) >= 0.75 * len(posts)
    hostile = [comment for comment in comments_of(name) if HOSTILE.search(comment["text"])]
    hostile_authors = {comment["author"] for comment in hostile}
    assert len(hostile) >= 10 and len(hostile_authors) >= 8
    assert not [reply for reply in own_replies(name) for author in hostile_authors if addressed(reply, author)]
    # The threats and insults in her DMs get no answer; readers with a tip do.
    sent_to = {message["counterpart"] for message in messages_of(name, "sent")}
    assert not sent_to & hostile_authors
    assert all(wrote_first(name, counterpart) for counterpart in sent_to)
    assert any(post["text"].startswith("Correction") for post in posts)
    scored = verdict(name)
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    # Insults and accusations of bias ("Menteuse", "payée combien par la mairie") are no callout of a fact: her
    # silence towards them is not held against her.
    assert "contested-and-silent" not in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_guides_union_posts_its_campaign_text_on_five_networks():
    name = "h15_fr_syndicat_guides_meme_campagne_partout"
    campaign = [posts for posts in _same_text_groups(name).values() if len(posts) == 5]
    assert len(campaign) >= 4
    for posts in campaign:
        assert {post["platform"] for post in posts} == {"facebook", "twitter", "linkedin", "instagram", "mastodon"}
        assert _span(posts) <= timedelta(minutes=15)
    assert any("Pas de visite sans carte" in posts[0]["text"] for posts in campaign)
    # Its survey's figures, its accounts, and answers to members and journalists.
    assert sum(bool(FIGURE.search(post["text"])) for post in own_posts(name)) >= 0.5 * len(own_posts(name))
    assert len(own_replies(name)) >= 3
    assert all(wrote_first(name, counterpart) for counterpart in {m["counterpart"] for m in messages_of(name, "sent")})
    # Credscore names the habit (see the module docstring) and still does not accuse the union.
    scored = verdict(name)
    assert "identical-cross-posting" in rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_bus_networks_community_managers_send_the_same_refund_procedure_and_sign_their_answers():
    name = "h15_fr_cm_reseau_bus_tram_remboursements_dm"
    counterparts = {message["counterpart"] for message in messages_of(name, "received")}
    firsts = {first_sent_to(name, counterpart)["text"] for counterpart in counterparts}
    assert len(counterparts) >= 5 and len(firsts) == 1
    assert all(wrote_first(name, counterpart) for counterpart in counterparts)
    assert "jamais vos coordonnées bancaires" in firsts.pop()
    # Every public answer is signed by the person who wrote it, angry travellers included.
    replies = own_replies(name)
    assert len(replies) >= 6 and all(re.search(r"— (?:Maëlle|Karim|Soizic)$", reply["text"]) for reply in replies)
    # Traffic alerts go word for word to X and Facebook.
    alerts = [posts for posts in _same_text_groups(name).values() if len(posts) == 2]
    assert len(alerts) >= 3 and all({post["platform"] for post in posts} == {"twitter", "facebook"} for posts in alerts)
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.4  # the procedure is seen
    assert not BLATANT_HABIT_RULES & rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


# Fakes who have read the checklist and dodge it.


def test_a_remote_career_coach_posts_job_offers_that_cost_the_applicant_149_dollars():
    name = "h15_en_remote_job_offers_paid_certification"
    offers = [post for post in own_posts(name) if re.search(r"Hiring|HIRING", post["text"]) and "/hr" in post["text"]]
    assert len(offers) >= 3
    # Every applicant who writes is "shortlisted" with the same message, and asked for $149.
    applicants = {follow["counterpart"] for follow in follows_of(name, "in")}
    assert len(applicants) >= 6
    for applicant in applicants:
        assert wrote_first(name, applicant) and "$149" in first_sent_to(name, applicant)["text"], applicant
    # Readers say they paid and got nothing; none is answered, nor the refund requests.
    critics = {comment["author"] for comment in comments_of(name) if PAID_NO_JOB.search(comment["text"])}
    assert len(critics) >= 5
    assert not [reply for reply in own_replies(name) for critic in critics if addressed(reply, critic)]
    refunds = [message for message in messages_of(name, "received") if "refund" in message["text"].lower()]
    assert len(refunds) >= 3
    for request in refunds:
        assert not [message for message in messages_of(name, "sent") if message["counterpart"] == request["counterpart"]
                    and moment(message["created_at"]) > moment(request["created_at"])]
    # Credscore holds her "uncertain" (see the module docstring), her readers' callouts among the reasons.
    scored = verdict(name)
    assert {"sales-pitch-dms", "contested-and-silent"} <= rules_fired(scored)
    assert scored.signals["callouts"].values["unanswered_readers"] >= 5
    assert scored.band == "uncertain", scored.score


def test_a_faceless_youtube_guru_never_sells_in_public_and_moves_everyone_to_his_telegram():
    name = "h15_en_faceless_youtube_guru_sells_in_private_telegram"
    posts, replies = own_posts(name), own_replies(name)
    assert not any(re.search(r"\$\d{3}", post["text"]) for post in posts)  # no price in public
    assert len(replies) >= 6 and all(TELEGRAM.search(reply["text"]) for reply in replies)
    # Every question by DM gets the same redirection, and the paying members write back about the $997 sold there.
    askers = {message["counterpart"] for message in messages_of(name, "received") if "?" in message["text"]}
    redirections = [first_sent_to(name, asker)["text"] for asker in askers if wrote_first(name, asker)]
    assert len(redirections) >= 5 and len(set(redirections)) == 1 and "t.me/" in redirections[0]
    assert any("$997" in message["text"] for message in messages_of(name, "received"))
    exposures = [comment for comment in comments_of(name) if re.search(r"\$997|screenshot|dashboards|upsell|pinned",
                                                                         comment["text"])]
    assert len(exposures) >= 4
    # His public redirections withhold the answer for the Telegram: no conversation (they were read as such once).
    # Scored as one history he passed (see the module docstring); his Threads and X alone are a fake expert's.
    scored = verdict(name)
    assert "fake-on-one-platform" in rules_fired(scored)
    assert scored.signals["conversation"].values["reply_share"] < 0.1
    assert scored.signals["conversation"].values["generic_reply_share"] >= 0.8
    assert scored.signals["auto_dms"].values["pitch_share"] >= 0.5


def test_a_cro_consultant_posts_other_agencies_case_studies_as_his_own():
    name = "h15_en_cro_consultant_copied_case_studies"
    posts = own_posts(name)
    assert sum(bool(re.search(r"\d+(?:\.\d)?%", post["text"])) for post in posts) >= 0.7 * len(posts)
    callouts = [comment for comment in comments_of(name) if ORIGINAL_SOURCE.search(comment["text"])]
    sources = {comment["author"] for comment in callouts}
    assert len(callouts) >= 7 and len(sources) >= 4
    # He answers the fans and one deflection, never the source each reader names.
    answered = [reply for reply in own_replies(name) for author in sources if addressed(reply, author)]
    assert len(answered) == 1 and "replicated" in answered[0]["text"]
    # A prospect asking for one reference is refused "under NDA"; the copied agency's requests get no answer.
    assert any("NDA" in message["text"] for message in messages_of(name, "sent"))
    assert not [message for message in messages_of(name, "sent") if message["counterpart"] == "Optimology"]
    # The borrowed figures are read as his (see the module docstring); the agencies and readers naming their sources,
    # left unanswered, hold him "uncertain".
    scored = verdict(name)
    assert scored.signals["business_metrics"].values["quantified_share"] >= 0.5
    assert "contested-and-silent" in rules_fired(scored)
    assert scored.band == "uncertain", scored.score


def test_an_ai_expert_sold_nfts_in_spring_and_tiktok_shop_in_summer():
    name = "h15_fr_expert_ia_qui_vendait_nft_puis_tiktok_shop"
    posts = sorted(own_posts(name), key=lambda post: post["created_at"])
    seasons = [("2026-03", "2026-06", r"NFT|ETH|mint"), ("2026-06", "2026-09", r"TikTok Shop|Shop Machine"),
               ("2026-09", "2026-12", r"\bIA\b|agents?|ChatGPT|automatis")]
    for start, end, topic in seasons:
        season = [post for post in posts if start <= post["created_at"][:7] < end]
        assert len(season) >= 4 and all(re.search(topic, post["text"]) for post in season), start
    assert "+8 ans dans la tech" in " ".join(profile.get("bio", "") for profile in document(name)["profiles"])
    callouts = {comment["author"] for comment in comments_of(name) if PIVOT_CALLOUT.search(comment["text"])
                and comment["created_at"] >= "2026-06"}
    assert len(callouts) >= 5
    # Each season's crowd is followed, then dropped at the next pivot.
    dropped = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert len(dropped) >= 6 and {follow["ended_at"][:10] for follow in dropped} == {"2026-06-08", "2026-08-30"}
    # The same follower is sold two programmes; the former student's refund requests get no answer.
    sold = [message for message in messages_of(name, "sent") if message["counterpart"] == "marine.entrepreneuse"]
    assert len({re.search(r"(\d{3}) €", message["text"]).group(1) for message in sold}) == 2
    assert not [message for message in messages_of(name, "sent") if message["counterpart"] == "elodie.bzh"]
    # Credscore lets him through (see the module docstring); what it reads of his lead magnets is asserted.
    scored = verdict(name)
    assert scored.signals["lead_magnets"].values["bait_share"] >= 0.2


def test_a_growth_coach_runs_giveaways_with_no_winner_and_sells_the_winners_her_course():
    name = "h15_fr_coach_croissance_concours_sans_gagnant"
    giveaways = [post for post in own_posts(name) if "CONCOURS" in post["text"]]
    assert len(giveaways) >= 5 and all("Tirage le" in post["text"] for post in giveaways)
    assert not any(re.search(r"gagnant·?e? (?:est|sont)|a gagné|félicitations", post["text"], re.IGNORECASE)
                   for post in own_posts(name) + own_replies(name))
    # The "winners" get one message: a seat in her course, for 47 € of fees.
    wins = [message for message in messages_of(name, "sent") if "Félicitations" in message["text"]]
    assert len(wins) >= 5 and len({message["text"] for message in wins}) == 1 and "47 €" in wins[0]["text"]
    askers = {message["counterpart"] for message in messages_of(name, "received") if "gagné" in message["text"]}
    assert askers and not askers & {message["counterpart"] for message in messages_of(name, "sent")
                                    if "Félicitations" not in message["text"]}
    # Partners are followed for each giveaway and unfollowed the day after its "draw"; hunters fill her audience.
    partners = follows_of(name, "out")
    assert len(partners) >= 12 and all(follow.get("ended_at") for follow in partners)
    audience = document(name)["audience"]
    assert sum(member["following"] >= 4000 for member in audience) >= 0.6 * len(audience)
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    drops = sum(later["followers"] < earlier["followers"] for earlier, later in pairwise(snapshots))
    assert drops >= 4  # each wave recedes after the "draw"
    scored = verdict(name)
    assert scored.signals["audience_quality"].values["mass_follower_share"] >= 0.5
    assert scored.band == "likely_fake", scored.score


def test_an_independent_media_is_its_coach_publishers_advertisement():
    name = "h15_fr_faux_media_independant_du_coach"
    posts = own_posts(name)
    assert all(any("lemagdesbatisseurs.fr" in link for link in post["links"]) for post in posts)
    assert sum(bool(re.search(r"Lemaire|Académie Bâtisseurs|Académie", post["text"])) for post in posts) >= 8
    callouts = {comment["author"] for comment in comments_of(name) if OWNER_CALLOUT.search(comment["text"])}
    assert len(callouts) >= 5
    # It answers only the readers who praise it.
    assert not [reply for reply in own_replies(name) for author in callouts if addressed(reply, author)]
    # Entrepreneurs are offered a place in the palmarès for 390 € HT, the same text to each, none of whom wrote first.
    offers = [message for message in messages_of(name, "sent") if "390 €" in message["text"]]
    assert len(offers) >= 4 and len({message["text"] for message in offers}) == 1
    assert not any(wrote_first(name, message["counterpart"]) for message in offers)
    # Credscore sees the offer as a template, and holds it "uncertain" for the readers' unanswered callouts (see the
    # module docstring).
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.5
    assert "contested-and-silent" in rules_fired(scored)
    assert scored.band == "uncertain", scored.score
    assert Counter(post["platform"] for post in posts)["blog"] >= 3
