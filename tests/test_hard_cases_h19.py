"""Nineteenth round of hand-written hard cases, on *specificity*: genuine accounts whose comment sections or DMs hold
things that look like exposures or fraud and are not (readers who "find" a photographer's photos on Unsplash and
Pexels, readers who quote Pappers and the registre du commerce to an accountant, readers who say a data journalist's
figures "don't add up", a bookshop that tells people by DM how to buy its gift cards, a broadband help desk whose DMs
say a new login code comes by post, a town hall's "le 20 janvier la plateforme…" on three networks under "phishing!"
comments), and fakes who dodge the checklist with new tricks (debunking rivals to look honest, answering every callout
with "je t'envoie un DM", a bought gardening account pivoted to "AI trading", a self-run awards page, a course on
TikTok's "hidden algorithm", an impersonated real, named lawyer).

The twelve accounts in ``tests/hard_cases/h19_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors, media, own replies, DMs both
ways on all twelve, dated follows on nine, unfollows on eight, snapshots on six (three each), audience samples of 35
and 40 on two; on Instagram, TikTok, YouTube, Threads, Bluesky, X, LinkedIn, Facebook, Mastodon and a blog.

Six are genuine: a Cumbrian landscape photographer who gives photos away on Unsplash and Pexels (her bio says so),
whose readers say they "downloaded this exact photo from Unsplash", "saw this on Pexels", or that she is "not the
real photographer", who answers them, has eBay resellers taken down, gives her income by source and has an
ordinary audience of 35; an Angers expert-comptable whose readers talk of Pappers, the RNE, Kbis, BODACC, liquidations
and a 390 € fake "registre" letter, one of whom calls her post "une arnaque", who explains by DM why Pappers shows
a different turnover than the one she publishes and warns a client that a transfer request in her name is a fraud; a
Midlands data reporter whose readers argue her figures "don't add up" or ask "which one is true" of a council's, a
trust's and a think tank's numbers, some of which she answers and one of which she says she will stop answering,
who corrects her own mistake; an independent bookshop in Besançon that sells its own gift cards, tells four people by
DM how to buy one, and warns against a fake account promising a "won" gift card for 2.99 € of postage; a community
broadband provider's help desk that sends everyone locked out the same DM (a new one-time code will come by post;
it never asks for a code, a password or a payment), under "this sounds exactly like what a scammer would say"; the
town of Saint-Avertin announcing "le 20 janvier, la plateforme Portail Famille" on Facebook, Instagram and LinkedIn,
warning of a phishing SMS about it and answering "c'est du phishing votre truc".

Six are fake: a "guru debunker" whose YouTube "EXPOSED" videos each end in his own $1,497 mentorship, sold by the same
DM ("$997 for people Jake scammed") to six people, most of them his commenters, "no refunds", whose readers point out
that he does everything he denounces; a French "quit your CDI" coach who answers each of fifteen callouts with "je
t'envoie un DM 🙏" and then offers each caller his 2,490 € course if the comment is deleted (and threatens one who
refuses); a 2016 gardening account bought from a broker ($1,100 in USDT, "post 2-3 old-style posts first") and turned
into an "AI trading" mentor at $99 a month, whose old followers ask where Jen is, with an audience sample of 30
gardeners and 10 empty accounts created on 1-3 March 2026; a LinkedIn coach who wins the "Trophées Français du Personal
Branding" that his own company runs (same SIRET, a 39 € trophy), whose awards page praises him under five posts, and who
sells "nominations" at 490 € to six people who never applied; a TikTok seller of an "Algorithm Code" course on "hidden
trust scores", a "7-second rule" and "shadowban code 4-7-3", contested by a former TikTok employee, answering "CODE"
with the same sales DM within a minute and refusing a refund for a course made of TikTok's help pages; a "Me Hélène
Castagné, avocate fiscaliste" account created in February 2026 with a real Paris lawyer's name and photo, which the real
lawyer denounces under two posts, selling "0 € d'impôt" consultations paid in PCS coupons.

Scored with credscore-default@8c4fdb9ed7dd (``credscore score --format json tests/hard_cases/h19_*.json``).

Since then (session 16, after reading this round: not an independent measure on it): a reply that only seems to
answer answers nobody in ``callouts`` (the same reply to every critic, a short move to private messages, an answer
withheld for the account's group: ``conversation.read_replies``), and ``private_redirects`` reads the French "je
t'envoie un DM". The "DM" coach goes from 20.5 to 35.0, ``uncertain``, held by ``contested-and-silent`` (four
readers left standing under six posts). ``callouts`` also reads a refund still awaited ("j'attends mon
remboursement", "chargeback"), a photo used without leave ("retire ma photo") and the account's silence called out
("you never answer"); the first version of the session's list, which named stock sites and register mirrors bare
(Unsplash, Pexels, Pappers, Kbis), counted this round's photographer's and accountant's readers as callouts (neither
reached a rule): those names were taken out.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, no rule fired on any; none of the six fakes is
``likely_fake``); no genuine account, nor a thinner or one-platform view of one, in ``likely_fake``; no fake in
``likely_genuine`` but those in ``ESCAPING_FAKES``.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h19_fr_coach_repond_je_tenvoie_un_dm_a_chaque_denonciation`` (fake): 20.5, ``likely_genuine``, probability 0.21,
  no rule. Reasons: reply_share 0 with generic_reply_share 100 % (+2.68), auto_dms.template_share 88 % (+2.37),
  reframes 13 %. The dodge works exactly: his fifteen "je t'envoie un DM 🙏" count as answers, so the fifteen
  callouts (a stolen testimonial photo, a Stripe demo dashboard, a lost 7,000 €, a refund owed for six months, a
  complaint filed) give callouts.unanswered_readers 0, and the DMs offering the course for a deleted comment are read
  as templates, not as a pitch (pitch_share 6 %). His first twelve posts alone are 80.1, ``likely_fake``
  (``hollow-talk-not-genuine``), his TikTok alone 59.6: more history makes him look more genuine.
- ``h19_en_scam_buster_debunks_rivals_and_sells_the_same_thing`` (fake): 8.8, probability 0.04, rule
  ``self-proclaimed-title`` (on "Guru debunker", which the title rule reads as a title) that does not hold the score.
  Reasons: reply_share 0 (+2.68), template_share 86 % with pitch_share 71 % (+2.28), but no ``sales-pitch-dms`` rule:
  his posts are debunks, not hollow talk. Of the readers who show he does what he denounces (the same urgency, the
  rented Lambo, the dormant company at Companies House, the no-refund DM), two count as callouts.
- ``h19_fr_coach_laureat_de_ses_propres_trophees`` (fake): 7.8, probability 0.03, rule ``sales-pitch-dms`` (the
  490 € "nomination" DM) that does not hold the score. Reasons: reply_share 6 %, buzzwords 38 %. The awards page that
  praises him under five posts is one more commenter, the readers who find the same SIRET, the 39 € trophy and his
  own PR agency count as one unanswered reader (callouts 1).
- ``h19_en_course_on_tiktoks_hidden_algorithm`` (fake): 7.8, probability 0.03, rule ``sales-pitch-dms`` (the same
  sales DM a minute after each "CODE"). Reasons: reply_share 11 %, topic_term_rate, comments_per_like 0. The former
  TikTok employee, the refund seeker and the readers who trace his slides count as no callout (callouts 0): his
  three replies, one of them "check your DMs", are enough. Growth was not measurable (three snapshots).

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h19_en_bought_gardening_account_pivots_to_ai_trading`` (fake): 35.0, probability 0.03, rule
  ``converging-habits-not-genuine``; audience_quality.empty_share 25 % (+2.00), reply_share 6 %, template_share 71 %,
  mass_follower_share 20 %. The pivot itself (eight years of tomatoes, then "+312%"), the broker's DM and the old
  followers asking where Jen is are not read (callouts 1, untraceable payments 1: the USDT he paid the broker).
- ``h19_fr_fausse_avocate_fiscaliste_usurpe_une_vraie_avocate`` (fake): 60.0, probability 0.02, rules
  ``asks-for-untraceable-payment`` (PCS coupons asked of five people) and ``contested-and-silent`` (three unanswered
  readers). The real lawyer's two comments are read as ordinary callouts; her TikTok alone is 2.8.

Read rightly, with nothing that looks like fraud taken for fraud: the photographer 0.0 (callouts 2, which do not
weigh; audience sample all ordinary); the expert-comptable 0.0 (callouts 2, no rule);
the data reporter 0.0 (callouts 1); the bookshop 0.0 (untraceable payments 0 although its DMs are about gift cards);
the broadband help desk 0.9 (template_share 83 %, +2.20, credential requests 0 although its DMs speak of codes and
logins); the town hall 0.0.

Findings on thinner views (the round's tests pass, none is ``likely_fake``): the expert-comptable's Mastodon alone is
36.9, ``uncertain``, with no rule.
"""

from __future__ import annotations

import re

from tests.hard_case_support import (
    HARD_CASES,
    answered_after,
    assert_round_of_twelve,
    comments_matching,
    comments_of,
    document,
    follows_of,
    genuine_and_unaccused,
    messages_of,
    moment,
    own_posts,
    own_replies,
    rules_fired,
    same_dm_to_many,
    verdict,
    wrote_first,
)

H19_CASES = sorted(path.stem for path in HARD_CASES.glob("h19_*.json"))

GENUINE = ("h19_en_stock_photographer_readers_find_her_photos_on_unsplash",
           "h19_en_data_journalist_readers_say_figures_dont_add_up",
           "h19_en_broadband_help_desk_login_code_sent_by_post",
           "h19_fr_expert_comptable_lecteurs_parlent_pappers_et_registre",
           "h19_fr_librairie_explique_en_dm_comment_acheter_une_carte_cadeau",
           "h19_fr_mairie_le_20_janvier_la_plateforme_portail_famille")
FAKE = ("h19_en_scam_buster_debunks_rivals_and_sells_the_same_thing",
        "h19_en_bought_gardening_account_pivots_to_ai_trading", "h19_en_course_on_tiktoks_hidden_algorithm",
        "h19_fr_coach_repond_je_tenvoie_un_dm_a_chaque_denonciation", "h19_fr_coach_laureat_de_ses_propres_trophees",
        "h19_fr_fausse_avocate_fiscaliste_usurpe_une_vraie_avocate")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h19_en_scam_buster_debunks_rivals_and_sells_the_same_thing",
                  "h19_en_course_on_tiktoks_hidden_algorithm",
                  "h19_fr_coach_laureat_de_ses_propres_trophees")
# No rule fires on any genuine account of this round, nor on a thinner view of one.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# Held "uncertain" (see the module docstring).
UNCERTAIN_FAKES = ("h19_en_bought_gardening_account_pivots_to_ai_trading",
                   "h19_fr_coach_repond_je_tenvoie_un_dm_a_chaque_denonciation",
                   "h19_fr_fausse_avocate_fiscaliste_usurpe_une_vraie_avocate")
# The band a careful human auditor gives, for the cases where credscore agrees: none of the fakes.
AUDITOR_BAND = {name: "likely_genuine" for name in GENUINE}
FIRST_POSTS = 12


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H19_CASES, GENUINE, FAKE, max_posts=40)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine accounts whose comments or DMs look like exposures or fraud, and are not.


def test_readers_find_a_photographers_photos_on_unsplash_because_she_puts_them_there():
    name = "h19_en_stock_photographer_readers_find_her_photos_on_unsplash"
    assert all("Unsplash" in profile["bio"] for profile in document(name)["profiles"])
    found = comments_matching(name, r"Unsplash|Pexels|not the real photographer")
    assert len({comment["author"] for comment in found}) >= 3
    assert any(answered_after(name, comment) for comment in found)
    assert any("£11,240" in post["text"] for post in own_posts(name))  # she says what she lives on
    sample = document(name)["audience"]
    assert 30 <= len(sample) <= 45 and sum(member["posts_count"] > 0 for member in sample) == len(sample)
    genuine_and_unaccused(name)


def test_an_accountants_readers_quote_pappers_and_the_registry_and_she_explains():
    name = "h19_fr_expert_comptable_lecteurs_parlent_pappers_et_registre"
    registry_talk = comments_matching(name, r"Pappers|registre|Kbis|liquidation|SIRET|Infogreffe|BODACC|arnaque")
    assert len({comment["author"] for comment in registry_talk}) >= 4
    explained = [message for message in messages_of(name, "sent") if "Pappers" in message["text"]]
    assert explained and wrote_first(name, explained[0]["counterpart"])  # she answers a reader's doubt, asked first
    assert any("Nous ne demandons jamais de virement" in message["text"] for message in messages_of(name, "sent"))
    genuine_and_unaccused(name)


def test_a_data_reporters_readers_say_figures_dont_add_up_and_she_leaves_some_unanswered():
    name = "h19_en_data_journalist_readers_say_figures_dont_add_up"
    disputes = comments_matching(name, r"add up|which one is true|which is it|agenda|mouthpiece")
    assert len({comment["author"] for comment in disputes}) >= 5
    answered = [comment for comment in disputes if answered_after(name, comment)]
    assert answered and len(answered) < len(disputes)
    assert any("I got a figure wrong" in post["text"] for post in own_posts(name))
    genuine_and_unaccused(name)


def test_a_bookshop_tells_people_by_dm_how_to_buy_its_own_gift_cards():
    name = "h19_fr_librairie_explique_en_dm_comment_acheter_une_carte_cadeau"
    askers = {message["counterpart"] for message in messages_of(name, "received") if "carte" in message["text"]}
    assert len(askers) >= 4 and all(wrote_first(name, person) for person in askers)
    sent = " ".join(message["text"] for message in messages_of(name, "sent"))
    assert "site" in sent and not re.search(r"PCS|code|Transcash|crypto", sent)  # it never asks for a voucher code
    assert any(post["text"].startswith("⚠️ Un compte") for post in own_posts(name))  # it warns against its impostor
    scored = verdict(name)
    assert scored.signals["untraceable_payments"].values["people_asked"] == 0
    genuine_and_unaccused(name)


def test_a_help_desk_tells_everyone_locked_out_that_the_new_code_comes_by_post():
    name = "h19_en_broadband_help_desk_login_code_sent_by_post"
    text, people = same_dm_to_many(name)
    assert len(people) >= 5 and all(wrote_first(name, person) for person in people)
    assert "by post" in text and "We will never ask you for the code, your password or a payment" in text
    assert comments_matching(name, r"scammer|scam")
    scored = verdict(name)
    assert scored.signals["credential_requests"].values["people_asked"] == 0
    genuine_and_unaccused(name)


def test_a_town_announces_its_new_platform_on_three_networks_and_answers_phishing_fears():
    name = "h19_fr_mairie_le_20_janvier_la_plateforme_portail_famille"
    announcements = [post for post in own_posts(name)
                     if "20 janvier" in post["text"] and "Portail Famille" in post["text"]]
    assert len({post["platform"] for post in announcements}) >= 3
    fears = comments_matching(name, r"phishing|fuite|vendu nos numéros")
    assert fears and any(answered_after(name, comment) for comment in fears)
    genuine_and_unaccused(name)


# Fakes who have read the checklist and dodge it.


def test_a_guru_debunker_sells_the_mentorship_he_accuses_others_of_selling():
    name = "h19_en_scam_buster_debunks_rivals_and_sells_the_same_thing"
    exposes = [post for post in own_posts(name) if post["text"].startswith("EXPOSED")]
    assert len(exposes) >= 5
    text, people = same_dm_to_many(name)
    assert "$997" in text and len(people) >= 5
    assert sum(wrote_first(name, person) for person in people) <= 1  # he writes first, to commenters
    hypocrisy = comments_matching(name, r"yourself|you sold|Companies House|Wayback|your (old|own|pinned)|"
                                         r"same slides|no refunds|20, then 3|for real this time|in March")
    assert len({comment["author"] for comment in hypocrisy}) >= 5
    assert not any(answered_after(name, comment) for comment in hypocrisy)


def test_a_coach_answers_every_callout_with_a_dm_that_offers_his_course_for_its_deletion():
    name = "h19_fr_coach_repond_je_tenvoie_un_dm_a_chaque_denonciation"
    replies = own_replies(name)
    assert len(replies) >= 10 and {reply["text"].split(" ", 1)[1] for reply in replies} == {"je t'envoie un DM 🙏"}
    callers = {reply["text"].split(" ", 1)[0].lstrip("@") for reply in replies}
    offers = [message for message in messages_of(name, "sent") if "supprimes ton commentaire" in message["text"]]
    assert {message["counterpart"] for message in offers} == callers  # every "DM" is the same bribe
    assert any("diffamation" in message["text"] for message in messages_of(name, "sent"))
    # The same "je t'envoie un DM" to every critic answers none of them (since session 16).
    scored = verdict(name)
    assert scored.signals["callouts"].values["unanswered_readers"] >= 3
    assert "contested-and-silent" in rules_fired(scored)


def test_a_bought_gardening_account_turns_into_an_ai_trading_mentor():
    name = "h19_en_bought_gardening_account_pivots_to_ai_trading"
    posts = sorted(own_posts(name), key=lambda post: post["created_at"])
    assert all(re.search(r"tomato|pots|potatoes|seedlings|Chitting", post["text"]) for post in posts[:4])
    assert all(not re.search(r"tomato|seedling", post["text"]) for post in posts[4:])
    sale = next(message for message in messages_of(name, "received")
                if message["counterpart"] == "social_assets_broker")
    assert "Transfer done" in sale["text"] and moment(sale["created_at"]) < moment(posts[4]["created_at"])
    assert len({comment["author"] for comment in comments_matching(name, r"Jen|sold|hacked|handle changed")}) >= 3
    sample = document(name)["audience"]
    empty = [member for member in sample if not member["has_avatar"] and not member["posts_count"]]
    assert len(empty) >= 8 and {member["created_at"][:7] for member in empty} == {"2026-03"}
    assert verdict(name).band != "likely_genuine"


def test_a_coach_wins_the_awards_his_own_company_runs_and_sells_nominations():
    name = "h19_fr_coach_laureat_de_ses_propres_trophees"
    awards = "Trophées Français du Personal Branding"
    praised = [post for post in own_posts(name)
               if any(comment["author"] in (awards, "tropheesfrpb") for comment in post.get("comments", []))]
    assert len(praised) >= 5
    first_post = min(moment(post["created_at"]) for post in own_posts(name))
    assert any(follow["counterpart"] == awards and moment(follow["created_at"]) < first_post
               for follow in follows_of(name, "out"))  # he follows "the jury" before it nominates him
    text, people = same_dm_to_many(name)
    assert "490 €" in text and len(people) >= 5
    assert sum(wrote_first(name, person) for person in people) <= 1  # nobody applied: he writes first
    assert len({comment["author"] for comment in comments_matching(name, r"SIRET|jury|Amazon|agence de RP")}) >= 3


def test_a_hidden_algorithm_course_answers_each_keyword_with_the_same_sale():
    name = "h19_en_course_on_tiktoks_hidden_algorithm"
    claims = [post for post in own_posts(name) if re.search(r"hidden|secret|insider|code|nobody tells", post["text"],
                                                            re.IGNORECASE)]
    assert len(claims) >= 8
    text, people = same_dm_to_many(name)
    assert "$297" in text and len(people) >= 5
    for person in people:
        asked = next(message for message in messages_of(name, "received") if message["counterpart"] == person)
        answered = next(message for message in messages_of(name, "sent") if message["counterpart"] == person)
        delay = moment(answered["created_at"]) - moment(asked["created_at"])
        assert asked["text"] == "CODE" and 0 < delay.total_seconds() <= 60
    assert any("no refunds" in message["text"] for message in messages_of(name, "sent"))
    experts = comments_matching(name, r"worked at TikTok|help centre|Creator Portal|Later\.com")
    assert len({comment["author"] for comment in experts}) >= 3


def test_an_account_impersonates_a_real_named_lawyer_and_asks_for_tobacconist_coupons():
    name = "h19_fr_fausse_avocate_fiscaliste_usurpe_une_vraie_avocate"
    created = min(moment(profile["created_at"]) for profile in document(name)["profiles"])
    assert created.year == 2026  # "15 ans d'expérience", an account a few weeks old
    real = [comment for comment in comments_of(name) if comment["author"] == "helene.castagne.avocate.officiel"]
    assert len(real) >= 2 and not any(answered_after(name, comment) for comment in real)
    coupons = {message["counterpart"] for message in messages_of(name, "sent") if "PCS" in message["text"]}
    assert len(coupons) >= 5
    scored = verdict(name)
    assert "asks-for-untraceable-payment" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score
