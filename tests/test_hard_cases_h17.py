"""Seventeenth round of hand-written hard cases: genuine people whose honest habits look like the checklist's items
(quoting scam pitches word for word, one order-confirmation DM sent to every buyer, "it's in the Discord" on every
post, one refusal DM sent to everyone who asks for advice, one announcement pasted on three networks, posts that are
links to one's own work under hostile comments left unanswered), and fakes who have read the checklist and dodge it
with new tricks (answering every question with "it's all in my group", gift cards or tobacconist coupons as payment,
a fake job's "onboarding kit", sock-puppet conversations, copied case studies, bought comments in varied words).

The twelve accounts in ``tests/hard_cases/h17_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes counters on every post, views on TikTok and YouTube, others' comments with their authors (follower counts on
some), media, own replies, DMs both ways on all twelve, dated follows on seven, unfollows on seven, snapshots on five,
audience samples of 36 and 38 on two; on Instagram, TikTok, YouTube, Threads, Bluesky, X, LinkedIn, Facebook, Mastodon
and a research blog.

Six are genuine: a Leeds consumer-rights volunteer who posts the scam messages readers send her word for word
("Guaranteed 30% monthly returns, DM me the word PROFIT"), publishes monthly tallies with their method, corrects
herself, has no course and turns down a "recovery" firm's referral fee; a Hull potter who sends every buyer the same
order-confirmation DM, whose customers complain in public about parcels lost at a courier depot, and who answers each
one by name with a refund or a remake (the courier paid £186 of a £480 claim); a one-person game developer whose every
post points to his Discord (playtests, patch notes, the Steamworks graph), with a large passive TikTok audience (412,000
followers, a sample of ordinary, mostly silent accounts), who publishes his wishlist and publisher figures and refuses
bought wishlists; a Nantes financial adviser (CIF, ORIAS number, fees shown: 180 €, 900 €) who quotes returns and fees
with figures, and sends everyone who asks for advice by message the same refusal with her price and the AMF's free
pages; a Villeurbanne repair café whose monthly announcement is pasted to Facebook, Instagram and Mastodon a minute
apart, among tallies of repairs (38 objects, 27 repaired) and its yearly budget; a historian of the Vendée wars whose
Bluesky posts are links to her own research blog, under hostile comments she never answers (she answers the colleagues
and readers who ask about sources).

Six are fake: a "side income mentor" who answers every question with "It's all inside the Circle 💛" and asks for £297
in Amazon or Apple gift cards "because my card processor is being updated", refuses a refund, and is called out by
buyers, a dental nurse from "her" practice and a reader who found her car on Unsplash; a "remote hiring manager" whose
$28/hour evaluator jobs need an $85 "onboarding kit" paid in gift-card codes (victims and an FTC report in the comments,
a stock-photo testimonial, an account three months old whose followers jump from 2,100 to 14,300); a crypto signals
seller who posts at jittered times on X and TikTok, holds "conversations" with four sock puppets (2-6 followers, all
following him within a week in February) and moves people to a paid Telegram VIP paid in USDT only; a French "complément
de revenu" coach whose five case studies are copied from other creators (readers name the originals, a dollar Shopify
dashboard, Meta's ad library), who sells a 1,497 € course with Alma credit and refuses refunds; a French LinkedIn
ghostwriter whose posts are jargon without a single measurable result, whose praise comes from six paid profiles
("pack 40 commentaires/semaine … on varie les formulations", 180 €/month) and a comment pod, with a follow-unfollow wave
of 9,000 accounts in a week; a French "naturopathe énergéticienne" whose free "bilan vitalité" is the funnel to a
1,390 € "certified practitioner" course paid in PCS or Transcash coupons bought at a tobacconist, certified by her own
association, contradicted under her posts by a hepatologist, a pharmacist, a dietitian and a doctor, and asked for a
refund by a student's mother.

Scored with credscore-default@ebee8edddeb1.

Since then (session 15, after reading this round: not an independent measure on the naturopath): the
``untraceable_payments`` lexicon reads the French second person as well as the imperative ("tu achètes des recharges
PCS … et tu m'envoies les codes"), and ``callouts`` reads the money asked back for someone else ("Rendez-lui son
argent"). In session 16, ``asks-for-credentials`` stopped reading a credential the account gives ("your login will be
emailed") as one it asks for, which takes the fake job from ``likely_fake`` to ``uncertain``, and a gift card of no
brand counts as a payment no bank can take back only beside a brand or the card's codes (a shop sells its own gift
cards). The naturopath is 60.0, ``uncertain``, held by the firm rule ``asks-for-untraceable-payment`` (two people
asked); her readers' contradictions are still no callout. As the auditor scored the round, the signal had already
read the three other fakes' payments in USDT and gift cards, and no genuine account's DMs (a licensed financial
adviser's and a consumer advocate's among them).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, one of the six fakes ``likely_fake``, two as the
auditor scored the round); no genuine
account, nor a thinner or one-platform view of one, in ``likely_fake``; no rule fires on any genuine account; no fake
in ``likely_genuine`` but those in ``ESCAPING_FAKES`` (two as the auditor scored the round, one since).

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h17_fr_naturopathe_bilan_offert_paiement_coupons_pcs`` (fake): 2.8, ``likely_genuine``, probability 0.03, no rule.
  Reasons: auto_dms.template_share 83 % (+2.20), reply_share 12 % (+1.17), earnings claims 7 %, lead_magnets 20 %
  (+0.59). Her "recharges PCS ou Transcash en bureau de tabac … tu m'envoies les codes en photo", sent to two people,
  is not read (untraceable_payments.people_asked 0: the French coupon brands are not in what it reads, where the
  English gift cards are). The hepatologist, pharmacist, dietitian and doctor contradicting her health claims, and the
  mother's "Rendez-lui son argent", count as no callout (callouts 0). Her Facebook alone is 97.1, ``likely_fake``; her
  Instagram alone 35.0, ``uncertain``: the whole is read as less fake than its parts.
- ``h17_fr_coach_complement_de_revenu_etudes_de_cas_copiees`` (fake): 11.6, ``likely_genuine``, probability 0.12, no
  rule. Reasons: growth.unexplained_growth_share 64 % (+2.29, his 35,000 followers in a week), likes_uniformity 0.18
  (+1.47), reply_share 12 % (+1.17), earnings claims 7 % (+0.88). Readers naming the creators his case studies were
  copied from, the dollar dashboard and the ads found in Meta's library count as one unanswered reader (callouts); his
  DM funnel (a keyword, "tu gagnes combien", a 1,497 € course and an Alma credit) has no template (each DM answers a
  different person) and pitch_share 0. His YouTube alone is 97.1, ``likely_fake``.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h17_en_remote_hiring_manager_fake_job_onboarding_kit`` (fake): 60.0, probability 0.24, held by the firm rule
  ``asks-for-untraceable-payment`` (five people asked for gift-card codes), with ``contested-and-silent`` (four
  unanswered readers), ``hollow-talk-not-genuine`` and ``converging-habits-not-genuine``. As the auditor scored the
  round it was 75.0, ``likely_fake``, for a wrong reason: ``asks-for-credentials`` read "send a clear photo of the card
  codes here and your login will be emailed" as asking for the reader's login, where the login is one the account
  would give (fixed in session 16).

- ``h17_en_side_income_mentor_its_all_in_my_group`` (fake): 60.0, probability 0.14, held by the firm rule
  ``asks-for-untraceable-payment`` (three people asked for gift cards) and the ``hollow-talk-not-genuine`` and
  ``converging-habits-not-genuine`` floors; reply_share 0 (+2.68: her "It's all inside the Circle" replies are read as
  the same reply sent to several people, rightly), earnings claims 13 % (+1.77). The buyers asking for their money
  back, the dental nurse who never worked with her and the reader who found her car on Unsplash count as one unanswered
  reader. Her Threads alone is 28.5, ``likely_genuine``.
- ``h17_fr_ghostwriter_linkedin_jargon_commentaires_achetes`` (fake): 35.0, probability 0.02, held by the floor of
  ``hollow-talk-not-genuine`` (hollow talk 2.9) with ``self-proclaimed-title`` (+5, on a bio ending "Top Voice"),
  reframes 25 % (+1.64: "L'engagement n'est pas une métrique. C'est une relation."). Against her:
  business_metrics.quantified_rate 4.13 (-0.41), quantified_share 1.0, although she gives no business figure at all
  and says "l'impact ne se mesure pas" (what is read as figures is presumably her offer's "6 mois, 3 posts par semaine"
  or "25 000 décideurs"; the reason quotes no post). Her six paid commenters (each praising two to four posts, in
  different words) give generic_comment_share 0.15 and pod_share 0; the follow-unfollow wave (five follows recorded,
  three snapshots) is below what growth needs to be measured.

Caught:

- ``h17_en_crypto_signals_telegram_sockpuppet_conversations`` (fake): 79.4, ``likely_fake``; rules
  ``asks-for-untraceable-payment`` (USDT, two people) and ``bought-audience-not-genuine``, audience_quality.empty_share
  79 % (+6.77). Caught by his audience and his payment, not by his sock puppets (generic_comment_share 0.08).

Read rightly, with a habit seen and weighed little: the potter 0.0 (auto_dms.template_share 67 %, +1.61, pitch_share 0,
her replies to the complaints read as conversation, -0.98); the financial adviser 0.4 (template_share 75 %, +1.90, no
rule; her returns, fees and figures are not read as business figures: quantified_rate 0); the repair café 0.4
(cross_platform_share 67 %, no rule); the consumer advocate 0.0 (the quoted pitches, "Guaranteed 30% monthly returns",
"earn £300 a day", are not read as her own claims: earnings_claims not among the reasons); the game developer 0.0
(his Discord on every post, audience empty_share 0); the historian 0.0 (links to her own blog, no rule; the insults are
not callouts, rightly). Thinner views: every genuine account's first twelve posts, no bio, no DM and all three stay
``likely_genuine`` with no rule; no platform alone is ``likely_fake`` (the consumer advocate's Mastodon alone is
``insufficient_data``).
"""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

from tests.hard_case_support import (
    HARD_CASES,
    addressed,
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

H17_CASES = sorted(path.stem for path in HARD_CASES.glob("h17_*.json"))

GENUINE = ("h17_en_consumer_advocate_quotes_scam_dms", "h17_en_pottery_shop_late_parcels_same_confirmation_dm",
           "h17_en_indie_gamedev_points_to_discord_passive_audience",
           "h17_fr_conseillere_financiere_orias_chiffres_et_refus", "h17_fr_repair_cafe_meme_annonce_partout",
           "h17_fr_historienne_liens_vers_ses_articles_commentaires_hostiles")
FAKE = ("h17_en_side_income_mentor_its_all_in_my_group", "h17_en_remote_hiring_manager_fake_job_onboarding_kit",
        "h17_en_crypto_signals_telegram_sockpuppet_conversations",
        "h17_fr_coach_complement_de_revenu_etudes_de_cas_copiees",
        "h17_fr_ghostwriter_linkedin_jargon_commentaires_achetes",
        "h17_fr_naturopathe_bilan_offert_paiement_coupons_pcs")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h17_fr_coach_complement_de_revenu_etudes_de_cas_copiees",)
# No rule fires on any genuine account of this round.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# Held "uncertain" by a firm rule or a floor (see the module docstring).
# The fake recruiter was held there too until session 17: his Facebook alone is a fake expert's
# (``fake-on-one-platform``).
UNCERTAIN_FAKES = ("h17_en_side_income_mentor_its_all_in_my_group",
                   "h17_fr_ghostwriter_linkedin_jargon_commentaires_achetes",
                   "h17_fr_naturopathe_bilan_offert_paiement_coupons_pcs")
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    **{name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES + UNCERTAIN_FAKES},
}
FIRST_POSTS = 12

# Readers who paid and got nothing, or who found where the pictures and stories come from.
CIRCLE_CALLOUT = re.compile(r"money back|Unsplash|remember you|MLM|scams are worded|recycled|reselling|isolate",
                            re.IGNORECASE)
JOB_CALLOUT = re.compile(r"gift cards|task scam|stock image|FTC|never got|Nobody has ever been paid|no such list",
                         re.IGNORECASE)
COPIED_CALLOUT = re.compile(r"Yomi|dollars|Martine|Ooshi|bibliothèque publicitaire|Jessica|rien vendu",
                            re.IGNORECASE)
HEALTH_CALLOUT = re.compile(r"Hépatologue|Pharmacien|Diététicienne|jeûne|Miviludes|Canva|Journal officiel|coupons",
                            re.IGNORECASE)


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H17_CASES, GENUINE, FAKE, max_posts=40)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine accounts whose honest habits look like the checklist's items.


def test_a_consumer_advocate_quotes_scam_pitches_and_sells_nothing():
    name = "h17_en_consumer_advocate_quotes_scam_dms"
    posts = own_posts(name)
    quoted = [post for post in posts if re.search(r"Quot|Screenshot|\"", post["text"])]
    assert len(quoted) >= 6
    assert any("Guaranteed 30% monthly returns" in post["text"] for post in quoted)
    assert sum(bool(re.search(r"\d+ fake recovery", post["text"])) for post in posts) >= 2  # tallies with counts
    assert any(re.search(r"Correction", post["text"]) for post in posts)
    assert [message["text"] for message in messages_of(name, "sent") if message["counterpart"] == "recoverfunds.pro"] \
        == ["No. And I'll be writing about you."]
    scored = verdict(name)
    assert scored.signals["earnings_claims"].values["claim_share"] == 0  # the quoted pitches are not hers
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_potter_sends_every_buyer_the_same_confirmation_and_answers_every_complaint():
    name = "h17_en_pottery_shop_late_parcels_same_confirmation_dm"
    sent = messages_of(name, "sent")
    confirmations = [message for message in sent if message["text"].startswith("Thank you so much for your order!")]
    assert len(confirmations) >= 6 and len({message["text"] for message in confirmations}) == 1
    assert all(not wrote_first(name, message["counterpart"]) for message in confirmations)  # sent after a purchase
    complaints = [comment for comment in comments_of(name)
                  if re.search(r"still nothing|a joke|Still waiting", comment["text"])]
    assert len(complaints) >= 3 and all(answered_after(name, comment) for comment in complaints)
    assert any("£186" in post["text"] and "£480" in post["text"] for post in own_posts(name))
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.5  # the same confirmation is seen
    assert scored.signals["auto_dms"].values["pitch_share"] == 0
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_game_developer_points_to_his_discord_and_has_a_large_passive_audience():
    name = "h17_en_indie_gamedev_points_to_discord_passive_audience"
    case = document(name)
    assert sum("Discord" in post["text"] for post in own_posts(name)) >= 4
    tiktok = next(profile for profile in case["profiles"] if profile["platform"] == "tiktok")
    assert tiktok["followers"] >= 400_000
    audience = case["audience"]
    assert 30 <= len(audience) <= 45
    assert sorted(member["followers"] for member in audience)[len(audience) // 2] < 500  # ordinary small accounts
    created = {member["created_at"][:7] for member in audience}
    assert len(created) >= 15  # made over years, not in a batch
    assert any("50,000" in post["text"] for post in own_posts(name))
    assert "No thanks." in [message["text"] for message in messages_of(name, "sent")]
    scored = verdict(name)
    assert scored.signals["audience_quality"].values["empty_share"] < 0.2
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_financial_adviser_quotes_figures_and_sends_everyone_the_same_refusal():
    name = "h17_fr_conseillere_financiere_orias_chiffres_et_refus"
    askers = {message["counterpart"] for message in messages_of(name, "received") if "?" in message["text"]
              and message["counterpart"] != "Nexa Trade AI"}
    firsts = {first_sent_to(name, asker)["text"] for asker in askers}
    assert len(askers) >= 3 and len(firsts) == 1
    refusal = firsts.pop()
    assert "Je ne donne pas de conseil personnalisé par message" in refusal and "180 €" in refusal
    posts = own_posts(name)
    assert sum(bool(re.search(r"\d+(,\d+)? ?%", post["text"])) for post in posts) >= 6
    assert any("ORIAS" in post["text"] for post in posts)
    assert any("agrément AMF" in message["text"] for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert scored.signals["auto_dms"].values["template_share"] >= 0.5
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_repair_cafe_pastes_its_announcement_on_three_networks():
    name = "h17_fr_repair_cafe_meme_annonce_partout"
    by_text: dict[str, list[dict]] = {}
    for post in own_posts(name):
        by_text.setdefault(post["text"], []).append(post)
    pasted = [posts for posts in by_text.values() if len(posts) == 3]
    assert len(pasted) >= 4
    for posts in pasted:
        assert {post["platform"] for post in posts} == {"facebook", "instagram", "mastodon"}
        times = sorted(moment(post["created_at"]) for post in posts)
        assert times[-1] - times[0] <= timedelta(minutes=5)
    assert sum(bool(re.search(r"\d+ réparés|\d+ réparations", post["text"])) for post in own_posts(name)) >= 3
    scored = verdict(name)
    assert scored.signals["cross_posting"].values["cross_platform_share"] >= 0.5  # the pasting is seen
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_historian_posts_links_to_her_blog_and_leaves_insults_unanswered():
    name = "h17_fr_historienne_liens_vers_ses_articles_commentaires_hostiles"
    bluesky = [post for post in own_posts(name) if post["platform"] == "bluesky"]
    linked = [post for post in bluesky
              if any("carnet-hypotheses.org/mlefort" in link for link in post.get("links", []))]
    assert len(linked) >= 0.6 * len(bluesky)
    hostile = [comment for comment in comments_of(name)
               if re.search(r"honte|Propagande|mentez|Jalousie|Partialité|salir|taire|Étrangère|rien à faire|arrange",
                            comment["text"])]
    assert len({comment["author"] for comment in hostile}) >= 8
    assert not any(answered_after(name, comment) for comment in hostile)
    questions = [comment for comment in comments_of(name) if "?" in comment["text"] and comment not in hostile]
    assert sum(answered_after(name, comment) for comment in questions) >= 3  # sources questions get answers
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


# Fakes who have read the checklist and dodge it.


def test_a_side_income_mentor_answers_everything_with_her_group_and_takes_gift_cards():
    name = "h17_en_side_income_mentor_its_all_in_my_group"
    deflections = [reply for reply in own_replies(name) if re.search(r"inside the Circle|in my group", reply["text"])]
    assert len(deflections) >= 5
    asked = {message["counterpart"] for message in messages_of(name, "sent") if "gift cards" in message["text"]}
    assert len(asked) >= 3
    assert any("refunds aren't part" in message["text"] for message in messages_of(name, "sent"))
    callouts = comments_matching(name, CIRCLE_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    # A critic gets the deflection at most, never an answer.
    answers = [reply for comment in callouts for reply in own_replies(name) if addressed(reply, comment["author"])]
    assert all(reply in deflections for reply in answers)
    dropped = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert len(dropped) >= 4
    scored = verdict(name)
    assert "asks-for-untraceable-payment" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score


def test_a_fake_recruiter_sells_an_onboarding_kit_paid_in_gift_cards():
    name = "h17_en_remote_hiring_manager_fake_job_onboarding_kit"
    kits = [message for message in messages_of(name, "sent") if "Onboarding Kit" in message["text"]]
    assert len({message["counterpart"] for message in kits}) >= 5 and len({message["text"] for message in kits}) == 1
    assert "gift cards" in kits[0]["text"] and "$85" in kits[0]["text"]
    callouts = comments_matching(name, JOB_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    assert not any(answered_after(name, comment) for comment in callouts)
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    assert snapshots[-1]["followers"] >= 5 * snapshots[0]["followers"]
    scored = verdict(name)
    assert scored.signals["untraceable_payments"].values["people_asked"] >= 5
    # The login is one the account would give ("your login will be emailed"): no credential is asked for.
    assert "asks-for-credentials" not in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score


def test_a_signals_seller_talks_with_his_sock_puppets_and_sells_a_telegram_vip_in_usdt():
    name = "h17_en_crypto_signals_telegram_sockpuppet_conversations"
    puppets = {comment["author"] for comment in comments_of(name) if comment.get("author_followers", 99) <= 6}
    assert len(puppets) >= 4
    followed = {follow["counterpart"]: moment(follow["created_at"]) for follow in follows_of(name, "in")}
    assert puppets <= set(followed)
    days = sorted(followed[puppet] for puppet in puppets)
    assert days[-1] - days[0] <= timedelta(days=7)  # made to follow him the same week
    answered = {reply["text"].split()[0].lstrip("@") for reply in own_replies(name)}
    assert answered <= puppets  # the only people he answers in public are his puppets
    minutes = {moment(post["created_at"]).strftime("%H:%M") for post in own_posts(name)}
    assert len(minutes) == len(own_posts(name))  # jittered: no two posts at the same time of day
    assert all("USDT" in message["text"] or "Telegram" in message["text"] or "refund" in message["text"]
               for message in messages_of(name, "sent") if message["counterpart"] != "sam_lost_2k")
    scored = verdict(name)
    assert scored.signals["audience_quality"].values["empty_share"] >= 0.5
    assert "asks-for-untraceable-payment" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_side_income_coach_shows_case_studies_copied_from_other_creators():
    name = "h17_fr_coach_complement_de_revenu_etudes_de_cas_copiees"
    cases = [post for post in own_posts(name) if post["text"].startswith("Étude de cas")]
    assert len(cases) >= 5
    callouts = comments_matching(name, COPIED_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    assert not any(answered_after(name, comment) for comment in callouts)
    assert any("Alma" in message["text"] for message in messages_of(name, "sent"))
    assert any("la garantie ne s'applique" in message["text"] for message in messages_of(name, "sent"))
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    jumps = [later["followers"] - earlier["followers"] for earlier, later in pairwise(snapshots)]
    assert max(jumps) >= 30_000


def test_a_ghostwriter_says_nothing_measurable_and_buys_her_praise():
    name = "h17_fr_ghostwriter_linkedin_jargon_commentaires_achetes"
    posts = own_posts(name)
    assert not any(re.search(r"\d+ ?(%|€|clients)", post["text"]) for post in posts)
    praise: dict[str, int] = {}
    for comment in comments_of(name):
        if comment.get("author_followers") is not None:
            praise[comment["author"]] = praise.get(comment["author"], 0) + 1
    assert len(praise) >= 6
    texts = [comment["text"] for comment in comments_of(name) if comment["author"] in praise]
    assert len(texts) == len(set(texts))  # varied words, as the pack promises
    assert any("on varie les formulations" in message["text"] for message in messages_of(name, "received"))
    waves = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert len(waves) >= 5
    scored = verdict(name)
    assert "hollow-talk-not-genuine" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score


def test_a_naturopath_funnels_free_checkups_into_a_course_paid_in_tobacconist_coupons():
    name = "h17_fr_naturopathe_bilan_offert_paiement_coupons_pcs"
    keyword = [message for message in messages_of(name, "received") if message["text"] == "TERRAIN"]
    assert len(keyword) >= 3
    coupons = {message["counterpart"] for message in messages_of(name, "sent") if "PCS ou Transcash" in message["text"]}
    assert len(coupons) >= 2 and coupons <= {message["counterpart"] for message in keyword}
    callouts = comments_matching(name, HEALTH_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 6
    assert not any(answered_after(name, comment) for comment in callouts)
    mother = [message for message in messages_of(name, "received") if message["counterpart"] == "Bernadette Roche"]
    assert len(mother) >= 2 and not any(message["counterpart"] == "Bernadette Roche"
                                        for message in messages_of(name, "sent"))
    # The coupons asked of two people hold her uncertain (see the module docstring).
    scored = verdict(name)
    assert scored.signals["untraceable_payments"].values["people_asked"] >= 2
    assert scored.band == "uncertain", scored.score
