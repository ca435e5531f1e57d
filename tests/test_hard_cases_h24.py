"""Twenty-fourth round of hand-written hard cases: people who sell teaching, coaching or advice, the field where a false
accusation hurts most and where fakes hide best. *Specificity*: honest sellers of knowledge who use the fake's
marketing tools. A physiotherapist in Quimper who launches an online back programme with a waiting list, a countdown
("J-6", "dernier jour demain") and students' testimonials, whose posts teach precisely (the HAS recommendations,
Brinjikji 2015) and who publishes her refunds; a Spanish teacher in Manchester who DMs her prices to whoever asks and
runs a free monthly live class with no upsell; a career coach with a real HR career (Unilever 2009–2015, Ocado
Technology 2015–2021, confirmed by former colleagues in the comments) who posts one-line encouragements on Instagram
and long, concrete advice on LinkedIn, and publishes her coaching outcomes with a denominator; a Lyon fitness coach
who posts before/after photos with her clients' written consent (the clients confirm under them), a referral discount
with its yearly cost and a refund of unused sessions without a reason; a pricing consultant whose case studies name
the clients, who confirm the figures under each one, and who publishes a failure; a guitar teacher in Nantes who sells
lessons and a 19 € method and answers every student's question in the comments. *New dodges*: a speed-reading teacher
whose long "lessons" are full of precise but impossible neuroscience (11,400 words per second of parafoveal vision,
saccades at 47 Hz, a 312-page novel in 7 min 40 s, an institute in Zurich that does not exist), contested under each
post by an optometrist, a librarian, a dyslexic child's mother, and left unanswered; a coaching "certification"
(Méthode ÉLAN®, 2 490 €) whose "Licence Transmission" lets each graduate, six weeks after starting, sell the same
certification and keep 60 %, recognised by a federation at the seller's own address, followed by an audience of its
own certified resellers; a leadership coach with a PhD from an institute that does not exist and a former employer
(Stratwell Group) that denies in his comments and by DM that he ever worked there; a B2B consultant whose case
studies and client logos belong to companies that say in his comments they never heard of him; a day trader who posts
his "calls" after the close and edits his vague morning posts, as readers with screenshots point out; an "assistante
indépendante" trainer whose free monthly masterclass counts down to a price (997 € "instead of 1 497 €, until Sunday
midnight") that has not changed in four months, and who answers every public question with that price.

The twelve accounts in ``tests/hard_cases/h24_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors, media on the fitness coach's,
the day trader's and the B2B consultant's posts, own replies on all twelve, DMs both ways on all twelve, dated follows
on ten, unfollows on seven, snapshots on four, audience samples of 32, 35 and 35 on three; on Instagram, TikTok,
YouTube, Bluesky, X, LinkedIn and Facebook. Four genuine accounts have eight posts of their own or more on each of two
networks; the physiotherapist (9 and 7) and the guitar teacher (8 and 7) nearly.

Scored with the frozen release credscore-default@167af0970ce3 (``credscore score --format json
tests/hard_cases/h24_*.json`` from the frozen checkout). The code of the tree at the time, scored through the tests
below, gives the same twelve scores and bands. One edit after scoring, to meet the round's two-month span (a check of
``assert_round_of_twelve``, not a score): the day trader's last post moved from 4 to 9 March; his score stays 2.5.

Since then (session 18, after reading this round, so not an independent measure on these cases): ``callouts`` reads a
claim's source asked for ("where is that figure from?", "d'où viennent ces chiffres ?"), a credential or an
institution said not to exist, and a client or an employer named saying they never were. The certification seller,
the "Dr." leadership coach and the B2B consultant go from 0.0 to 35.0 (``uncertain``, ``contested-and-silent``); the
six genuine accounts do not move, nor any genuine account of rounds 2-23 (one journalist of round 15 gets one
unanswered reader, below the rule).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the six genuine
accounts ``likely_genuine`` at 0.0 (probability 0.00), no rule fired on any, nor on a thinner view (first twelve posts,
no bio, no DM, all three; at most 0.3) or on one network alone (all 0.0 but one: see the career coach below). No fake is
``likely_fake``: five pass as ``likely_genuine`` and one is held ``uncertain``.

- ``h24_en_speed_reading_teacher_long_lessons_full_of_precise_impossible_neuroscience``: 35.0, ``uncertain``,
  probability 0.02, rules ``sales-pitch-dms`` (template_share 100 %, the same $1,497 pitch to six people, among them a
  mother asking about her dyslexic daughter and a reader asking for a published study) and
  ``hollow-talk-not-genuine``; earnings claim_share 13 % (+1.77). reply_share 32 % (−1.42) counts his one-line thanks
  to admirers ("Grace that's the spirit", "Kev exactly. let the results talk"). Callouts 0 although fifteen readers
  (an optometrist, a librarian, a neuroscience student, two lawyers, a dyslexic child's mother, a former buyer asking
  for her refund) contest figures that are physically impossible, none answered; the impossibility itself is not read.
  His YouTube alone is 0.0 ``likely_genuine``: the long lessons with no DM pass.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h24_fr_certification_de_coachs_dont_chaque_diplomee_revend_la_meme_certification`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule. reply_share 6 % (+1.97) and generic_reply_share 67 % (+0.30) are the
  only habits read. recruitment_schemes.pitches 0 although the "Licence Transmission" (sell the 2 490 € certification,
  keep 60 %) is in three posts and in a DM to a buyer with no experience; callouts 1 reader although nine readers (the
  RNCP question, the federation with no trace, "100 % de réussite, donc la certification consistait à payer", a buyer
  with no client told to sell it to her friends) contest it unanswered. The audience is read as clean (empty_share 0,
  batch_created_share 0): the 35 followers sampled are real small accounts, 34 of them certified ÉLAN® resellers, which
  is what the audience says and what is not read. Her LinkedIn alone 17.9.
- ``h24_en_leadership_coach_phd_from_an_institute_that_does_not_exist_former_employer_denies`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule; reframe_share 12 % (+0.80) only. The former employer's public denial
  ("Marcus Vale has never been employed by Stratwell Group") and its DM, the Zurich reader who asks three times in the
  comments ("for the fourth time") for the thesis of an institute absent from every register, the reader who
  recognises Hewlett's three pillars: callouts 1 reader, the rest not read. His unfollowing of two critics the day they
  spoke is below what follow churn measures.
  His X alone 13.2; with no DM 0.9.
- ``h24_fr_consultant_b2b_etudes_de_cas_dont_les_clients_disent_ne_jamais_l_avoir_connu`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule. business_metrics.quantified_rate 3.93 (−0.39): his invented case
  studies (+312 % de leads, +1,2 M€, +220 %) count *for* him; reply_share 26 % (−0.67) counts his thanks to admirers.
  Callouts 2 readers although six companies whose logos and figures he uses (Kerlann, Maison Brulé, Atelier Norvane,
  Groupe Solvea, Biscuiterie Marceau, Opaline Paris) deny in his comments that they ever worked with him, one with a
  complaint filed; his six follow-then-unfollow of managers are too few to measure churn.
- ``h24_en_day_trader_posts_his_calls_after_the_close_and_edits_the_morning_ones`` (fake): 2.5, ``likely_genuine``,
  probability 0.02, no rule. template_share 83 % (+2.20, the $149/month VIP DM to five people), reply_share 9 %
  (+1.52). Callouts 0 although six readers show that every "CALLED IT" was posted after the 16:00 close, that two
  morning posts were edited from "short" to "long" or had no direction, that the P&L is a paper-trading account, and a
  former member was banned for asking a refund. The format has no edit history: the edits are known only from the
  readers' comments. Timestamps show it (every "called" post after 16:00 ET, every "call" a vague 08:50–09:40 post),
  but posting hours relative to a market are not read.
- ``h24_fr_formatrice_assistante_independante_compte_a_rebours_mensuel_prix_jamais_change_repond_par_le_prix``
  (fake): 0.0, ``likely_genuine``, probability 0.00, no rule. lead_magnets.bait_share 33 % (+1.00) and claim_share 7 %
  (+0.88) are read, but reply_share 41 % (−2.63) counts as conversation her fourteen replies that each give the price
  and a link instead of the answer ("Corinne, c'est le module 4 de l'Académie 💼 997 € jusqu'à dimanche minuit");
  generic_reply_share is only 14 % because each is reworded and addressed by name. The countdown to a price that never
  changes (997 € "au lieu de 1 497 €" in January, February, March and April, each time "jusqu'à dimanche minuit") and
  the readers who note it are not read. Her Facebook alone 35.0 ``uncertain`` (``hollow-talk-not-genuine``).

A genuine finding short of an accusation: ``h24_en_career_coach_ex_hr_named_employers_short_lines_on_instagram_long_
advice_on_linkedin`` seen on Instagram alone is 35.0 ``uncertain`` (``converging-habits-not-genuine``: no reply there,
reply_share 0 %, +2.68; likes_uniformity 0.26; reframe_share 11 % on encouragements like "Rejection is information …
Not a verdict on you."). Her Instagram is one-line encouragement by design; her LinkedIn and the whole history are 0.0.

Read rightly: the physiotherapist's launch, waiting list and countdown, the teacher's prices by DM, the fitness
coach's before/after photos, referral discount and refunds, the consultant's named clients and figures, the guitar
teacher's prices and method (conversation and, for the consultant, business figures clear them).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

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
    same_dm_to_many,
    wrote_first,
)

H24_CASES = sorted(path.stem for path in HARD_CASES.glob("h24_*.json"))

GENUINE = ("h24_fr_kine_lance_son_programme_en_ligne_liste_d_attente_compte_a_rebours_et_rembourse",
           "h24_en_spanish_teacher_dms_her_prices_when_asked_and_runs_a_free_monthly_class",
           "h24_en_career_coach_ex_hr_named_employers_short_lines_on_instagram_long_advice_on_linkedin",
           "h24_fr_coach_sportive_avant_apres_avec_accord_parrainage_et_remboursement_sans_justificatif",
           "h24_en_pricing_consultant_names_clients_who_confirm_figures_under_each_case_study",
           "h24_fr_prof_de_guitare_vend_ses_cours_et_repond_a_chaque_question_d_eleve")
FAKE = ("h24_en_speed_reading_teacher_long_lessons_full_of_precise_impossible_neuroscience",
        "h24_fr_certification_de_coachs_dont_chaque_diplomee_revend_la_meme_certification",
        "h24_en_leadership_coach_phd_from_an_institute_that_does_not_exist_former_employer_denies",
        "h24_fr_consultant_b2b_etudes_de_cas_dont_les_clients_disent_ne_jamais_l_avoir_connu",
        "h24_en_day_trader_posts_his_calls_after_the_close_and_edits_the_morning_ones",
        "h24_fr_formatrice_assistante_independante_compte_a_rebours_mensuel_prix_jamais_change_repond_par_le_prix")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = (FAKE[4], FAKE[5])
# No rule fires on a genuine account of this round.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The speed-reading teacher is held "uncertain" by his templated DMs and hollow talk, not by his impossible figures.
# Since session 18 (callouts read a claim's source asked for, a credential that does not exist, a client or an
# employer denying it; written after reading this round), the certification seller, the "Dr." and the B2B consultant
# are held "uncertain" by contested-and-silent.
UNCERTAIN_FAKES = (FAKE[0], FAKE[1], FAKE[2], FAKE[3])
# The band a careful human auditor gives, for the cases where credscore agrees: no fake of this round.
AUDITOR_BAND = {name: "likely_genuine" for name in GENUINE}
FIRST_POSTS = 12


def _posts_on(name: str, platform: str) -> list[dict]:
    return [post for post in own_posts(name) if post["platform"] == platform]


def _texts(name: str) -> str:
    return "\n".join(post["text"] for post in own_posts(name))


def _unanswered(name: str, comments: list[dict]) -> bool:
    return bool(comments) and not any(answered_after(name, comment) for comment in comments)


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H24_CASES, GENUINE, FAKE, max_posts=40)
    assert sum(len(document(name).get("audience", [])) >= 30 for name in H24_CASES) == 3
    rich = [name for name in GENUINE
            if sum(len(_posts_on(name, platform)) >= 8 for platform in {p["platform"] for p in own_posts(name)}) >= 2]
    assert len(rich) >= 4  # four genuine accounts or more with eight posts or more on two networks


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_is_read_rightly(name):
    genuine_and_unaccused(name)


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_seller_of_teaching_answers_every_question_asked_under_her_posts(name):
    asked = comments_matching(name, r"\?")
    assert len(asked) >= 6 and all(answered_after(name, comment) for comment in asked)


# Honest sellers of knowledge who use the fake's marketing tools.


def test_a_physiotherapist_launches_with_a_waiting_list_a_countdown_and_refunds():
    name = GENUINE[0]
    texts = _texts(name)
    assert "liste d'attente" in texts and "J-6" in texts and "Dernier jour demain" in texts
    # One price, before, during and after the launch: the countdown closes the cohort, it does not move the price.
    launch = [post["text"] for post in own_posts(name) if "Dos solide" in post["text"] or "149" in post["text"]]
    assert len(launch) >= 5 and set(re.findall(r"(\d+) €", " ".join(launch))) == {"149"}
    assert any("Le prix ne change pas en septembre" in reply["text"] for reply in own_replies(name))
    assert any("7 remboursements" in post["text"] for post in own_posts(name))
    refund = next(message for message in messages_of(name, "sent") if message["counterpart"] == "cath.ernault")
    assert "remboursement de 149 €" in refund["text"] and wrote_first(name, "cath.ernault")
    # The testimonials' students confirm under the post, one of them the student who dropped out.
    assert {"annaig.velo", "rose.pmd"} <= {comment["author"] for comment in comments_of(name)}
    assert any("HAS" in post["text"] for post in own_posts(name)) and "Brinjikji" in texts


def test_a_spanish_teacher_gives_her_prices_only_to_those_who_ask_and_teaches_free_live():
    name = GENUINE[1]
    priced = [message for message in messages_of(name, "sent") if "£" in message["text"]]
    assert priced and all(wrote_first(name, message["counterpart"]) for message in priced)
    assert any("£28" in post["text"] and "£130" in post["text"] for post in own_posts(name))  # the same prices, public
    free = [post for post in own_posts(name) if re.search(r"\bfree\b", post["text"], re.IGNORECASE)]
    assert len(free) >= 3 and any("no upsell" in post["text"] for post in free)
    assert any(message["text"] == "No thanks." for message in messages_of(name, "sent"))  # to the growth agency
    audience = document(name)["audience"]
    assert len(audience) == 32 and all(member["posts_count"] > 0 for member in audience)
    assert len({member["created_at"][:4] for member in audience}) >= 10  # created over many years, not in a batch


def test_a_career_coach_has_named_employers_and_two_voices():
    name = GENUINE[2]
    linkedin, instagram = _posts_on(name, "linkedin"), _posts_on(name, "instagram")
    assert len(linkedin) >= 8 and len(instagram) >= 8
    assert all(len(post["text"]) < 120 for post in instagram)
    assert sum(len(post["text"]) for post in linkedin) / len(linkedin) > 350
    assert sum(bool(re.search(r"Unilever|Ocado", post["text"])) for post in linkedin) >= 5
    colleagues = comments_matching(name, r"Ocado part|at Unilever")
    assert {comment["author"] for comment in colleagues} == {"Priya Nandakumar", "Mark Ellison"}
    assert any("33 I lost track of" in post["text"] and "212 people" in post["text"] for post in linkedin)


def test_a_fitness_coach_shows_consented_before_after_with_referral_and_refunds():
    name = GENUINE[3]
    before_after = [post for post in own_posts(name) if post["text"].startswith("Avant / après")]
    assert len(before_after) >= 4 and all(post.get("media") for post in before_after)
    assert sum("accord" in post["text"] for post in before_after) >= 2
    shown = {"nadege.lyon69", "greg_deadlift", "fatou.d.lyon", "bernard.g69"}
    assert shown == {comment["author"] for post in before_after for comment in post["comments"]} & shown
    assert any("20 €" in post["text"] and "440 €" in post["text"] for post in own_posts(name))  # the referral's cost
    assert any("sans justificatif" in post["text"] for post in own_posts(name))
    assert comments_matching(name, r"C'est moi, bien reçu")  # the refunded client confirms
    audience = document(name)["audience"]
    assert len(audience) == 35 and len({member["created_at"][:4] for member in audience}) >= 10


def test_a_pricing_consultant_names_clients_who_confirm_his_figures():
    name = GENUINE[4]
    cases = [post for post in own_posts(name) if post["text"].startswith("Client result")]
    assert len(cases) >= 3
    clients = {"Kieran Halden", "Corrie Whitlam", "Jas Marlowe"}
    for post in cases:
        assert {comment["author"] for comment in post["comments"]} & clients, post["id"]
    assert comments_matching(name, r"taken from our Xero")
    failure = next(post for post in own_posts(name) if "What I got wrong" in post["text"])
    assert any(comment["author"] == "Deepa Raman" for comment in failure["comments"])
    assert any("£4,500 to £9,000" in post["text"] for post in own_posts(name))


def test_a_guitar_teacher_sells_lessons_and_corrects_his_own_mistake():
    name = GENUINE[5]
    assert any("25 €" in post["text"] and "19 €" in post["text"] for post in own_posts(name))
    assert len([comment for comment in comments_of(name) if answered_after(name, comment)]) >= 14
    assert any("J'ai fait un faux pas" in post["text"] for post in own_posts(name))
    refund = next(message for message in messages_of(name, "sent") if message["counterpart"] == "Laure Martin")
    assert "90 €" in refund["text"] and wrote_first(name, "Laure Martin")


# Fakes who imitate substance.


def test_a_speed_reading_teacher_teaches_impossible_figures_and_never_answers_the_experts():
    name = FAKE[0]
    texts = _texts(name)
    for impossible in ("11,400 words per second", "47 Hz", "41,000 words per minute", "Zurich Institute"):
        assert impossible in texts
    doubters = comments_matching(name, r"source|no such|isn't|not how|can't|There is no|doesn't|Please stop|"
                                       r"Which test|never been tested|I'd like the name|never heard|stock images")
    assert len({comment["author"] for comment in doubters}) >= 10
    assert not any(answered_after(name, comment) for comment in doubters)
    assert len(own_replies(name)) >= 8  # he answers the admirers
    text, people = same_dm_to_many(name)
    assert "$1,497" in text and len(people) >= 6
    assert "ana.b.ferr" in people  # the mother asking about dyslexia got the same pitch
    assert not [message for message in messages_of(name, "sent") if message["counterpart"] == "tired.of.this"]


def test_a_certification_whose_graduates_resell_the_same_certification():
    name = FAKE[1]
    texts = _texts(name)
    assert "tu gardes 60 %" in texts and "Licence Transmission" in texts
    assert "400 coachs" in texts and "600 coachs" in texts
    assert comments_matching(name, r"Fédération.*aucune trace|aucune trace.*Fédération")
    resellers = comments_matching(name, r"ma promo|certifié mes|je lance ma|Ma première promo")
    assert len({comment["author"] for comment in resellers}) >= 3
    audience = document(name)["audience"]
    assert len(audience) == 35 and sum("ÉLAN" in member["bio"] for member in audience) >= 30
    refused = next(message for message in messages_of(name, "sent") if message["counterpart"] == "agathe_r")
    assert "pas de remboursement" in refused["text"] and "Transmettre" in refused["text"]
    critics = comments_matching(name, r"RNCP|aucune trace|consistait à payer|aucune cliente|c'est la certification")
    assert len({comment["author"] for comment in critics}) >= 5 and _unanswered(name, critics)


def test_a_leadership_coach_is_denied_by_his_former_employer():
    name = FAKE[2]
    denial = comments_matching(name, r"never been employed by Stratwell")
    assert [comment["author"] for comment in denial] == ["Stratwell Group"]
    assert any(message["counterpart"] == "Stratwell Group" and "never been employed" in message["text"]
               for message in messages_of(name, "received"))
    brunner = [comment for comment in comments_of(name) if comment["author"] == "Lukas Brunner"]
    assert len(brunner) >= 3 and _unanswered(name, brunner)
    assert any("Institute of Applied Leadership Sciences" in profile.get("bio", "")
               for profile in document(name)["profiles"])
    # He stopped following his Zurich critic the day the critic spoke.
    dropped = next(follow for follow in follows_of(name, "out") if follow["counterpart"] == "Lukas Brunner")
    assert moment(dropped["ended_at"]).date() == moment(brunner[0]["created_at"]).date()
    critics = comments_matching(name, r"Where|doesn't exist|never worked|Hewlett|Which research|isn't a Fortune|"
                                      r"thesis|ICF|a PDF")
    assert len({comment["author"] for comment in critics}) >= 7 and _unanswered(name, critics)


def test_a_consultants_clients_say_they_never_worked_with_him():
    name = FAKE[3]
    denials = comments_matching(name, r"jamais travaillé|jamais été cliente|ne vous connaissons pas|jamais eu affaire|"
                                      r"Ceci est faux|jamais fait appel")
    assert len({comment["author"] for comment in denials}) >= 6 and _unanswered(name, denials)
    assert any(re.search(r"\+\d+ %", post["text"]) for post in own_posts(name))
    assert any("anonymisés" in post["text"] for post in own_posts(name))
    churn = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert len(churn) >= 6 and all(moment(follow["ended_at"]) - moment(follow["created_at"]) <= timedelta(days=7)
                                   for follow in churn)


def test_a_trader_announces_his_calls_after_the_close():
    name = FAKE[4]
    called = [post for post in _posts_on(name, "twitter") if re.search(r"CALLED IT|Told you|Said it|from my alert",
                                                                        post["text"])]
    assert len(called) >= 4 and all(moment(post["created_at"]).hour >= 16 for post in called)  # after 16:00 ET
    mornings = [post for post in _posts_on(name, "twitter") if moment(post["created_at"]).hour < 10]
    assert len(mornings) >= 4
    assert all(not re.search(r"\bshort\b|\bstop\b|entry", post["text"], re.IGNORECASE) for post in mornings)
    edits = comments_matching(name, r"edited|edit history")
    assert len({comment["author"] for comment in edits}) >= 2 and _unanswered(name, edits)
    assert comments_matching(name, r"paper-trading")
    text, people = same_dm_to_many(name)
    assert "$149/month" in text and len(people) >= 5


def test_a_countdown_to_a_price_that_never_changes_and_questions_answered_with_the_price():
    name = FAKE[5]
    offers = [post for post in own_posts(name) if "997 €" in post["text"] and "1 497 €" in post["text"]]
    assert len({post["created_at"][:7] for post in offers}) >= 3  # the same "last chance" month after month
    deadlines = {match.group(1).lower() for post in offers
                 if (match := re.search(r"jusqu'à (\w+ minuit)", post["text"], re.IGNORECASE))}
    assert deadlines == {"dimanche minuit"}
    replies = own_replies(name)
    assert len(replies) >= 10 and all(re.search(r"Académie|997 €", reply["text"]) for reply in replies)
    noticed = comments_matching(name, r"même prix|n'a jamais bougé|toujours ouverte|997 € en janvier|Quatrième|"
                                      r"toujours 997|compte à rebours de 72")
    assert len({comment["author"] for comment in noticed}) >= 3 and _unanswered(name, noticed)
