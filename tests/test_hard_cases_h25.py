"""Twenty-fifth round of hand-written hard cases, on three readings: a scheme where people pay to join and earn from
those they bring in; a reply that brushes a critic off instead of answering; readers who contest a claim under a post
(its source, a credential, a client, an employer) and whether the account answers them. *Specificity*: honest people
whose accounts are full of these on the surface. A kitchen-robot demonstrator near Angers who publishes her monthly
commissions (22 % of the price before tax, corrected in public when a reader spots her rounding error), the 150 €
referral bonus for a recruit and "2 sur 7 continuent", and who sends whoever asks to join her monthly figures rather
than a pitch; a Cardiff structural engineer whose posts draw "source?" and "that's false", who answers each with a
named document (IStructE guidance, CS 454, the Menai press releases, Heyman, Ronan Point), corrects herself, and leaves
two trolls unanswered; a hiking blogger who publishes her affiliate commissions each quarter, marks every affiliate
link, gives her app referral code saying the free map is enough, and withdraws a figure when a reader asks its source;
a Leeds family bakery whose competitor comments under its posts every week, unanswered, and which answers a racist
troll with one dry line ("We came from Chapeltown. It's a 10-minute walk."); a supply-chain consultant whose former
employer congratulates her under her first post, who answers a reader who doubts she worked there, and another who
doubts a client exists (company number, the client's MD confirms); a GP in Roubaix whose posts on antibiotics, fever
and vaccines draw "source ?" and "c'est faux", answered with HAS, ANSM, Cochrane and BMJ references, and who ignores
"Big pharma vous paie combien". *New dodges*: an "Evergreen Circle" whose members plant a $250 "seed" and "receive
gratitude" (40 % of each of three recruits, 10 % of theirs) through levels (Seed, Branch, Canopy, Root Leader), with
no product, pitched by one warm DM, a refund refused as "you don't ask a seed for a refund"; a fasting "therapist"
(21-day water fast, 297 €) who answers every health professional who contests him (an endocrinologist, a dietitian,
a biologist, an emergency doctor, a paediatrician, a type 1 diabetic who ended in intensive care) with a mocking line
of his own, each in different words, and never with a source; an apartment syndicator ("1,200 doors, $180M AUM")
whose readers find no deed, one Form D, a paid council, a former colleague who says he was a leasing consultant, a
"testimonial" from another man's fund and an investor without a distribution since 2023, while he thanks only the
admirers; a "Cercle des Sœurs Solaires" gifting circle (1 000 € "offered" to the sister at the centre, 8 000 €
"received" after four steps), worded as sorority and gift, a member blocked since November told to "recruter avec
amour"; a credit-repair guru who answers every critic (a consumer lawyer, a former collector, a bankruptcy lawyer, a
customer asking a refund) with his free class link in new words each time; a nutrition coach who called herself a
"diététicienne diplômée" in January and, asked for her diploma, became a "nutritionniste" in February and a "coach en
nutrition holistique" at its end, answering nobody who asked.

The twelve accounts in ``tests/hard_cases/h25_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors, media, own replies on all
twelve, DMs both ways on all twelve, dated follows on all twelve, unfollows on nine, snapshots on nine, audience
samples of 34, 35 and 32 on three (the bakery's neighbours, the Evergreen members, the Circle's "sisters"); on
Instagram, TikTok, YouTube, Bluesky, Mastodon, X, LinkedIn, Facebook and a blog. All six genuine accounts have eight
posts of their own or more on each of two networks.

Scored with the frozen release credscore-default@167af0970ce3 (``credscore score --format json
tests/hard_cases/h25_*.json`` from the frozen checkout at /tmp/wt25). No case was edited after scoring.

Since then (session 18, after reading this round): ``recruitment_schemes`` counts gains tied to recruits only when they
are offered to the reader (second person, or a rule they must follow): the demonstrator's own disclosure of her 1 %
on the sales of the people she brought in had read as one pitch (below the rule's two; now none). The twelve scores
and bands are unchanged with the model of the quotations (credscore-default@5f45dce74f53). This round is the honest
measure of the session's three readings: written in words of its own, neither scheme was read as one, no brush-off
was, and the contests were mostly missed.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the six genuine
accounts ``likely_genuine`` at 0.0 (probability 0.00), no rule fired on any, nor on a thinner view (first twelve
posts, no bio, no DM, all three: all 0.0) or on one network alone (all 0.0 but the engineer's Mastodon, 0.9). The
demonstrator's recruitment_schemes.pitches is 1 (her honest post on the referral bonus, it seems) and no rule fires.
The bakery's callouts read one unanswered reader (the competitor, it seems), below the rule.

- ``h25_fr_cercle_de_sororite_fleur_d_abondance_don_de_1000_euros_qui_revient_x8`` (fake): 70.0, ``likely_fake``,
  probability 0.00, rule ``auto-dm-new-followers`` (welcome_share 100 %, template_share 71 %, hollow_talk 1.40): the
  same pitch DM to five women, two of them within the hour of following. Right band, but for the DM funnel, not the
  scheme: recruitment_schemes.pitches 0 although 1 000 € in, 8 000 € out and "deux de mes amies m'ont rejointe" are
  in her posts; callouts 2 readers of the seven who contest it (a pyramid, the DGCCRF article L121-15, a sister who
  lost 5 000 €, a member asking back her 1 000 €). Without her DMs: 0.0 ``likely_genuine``.
- ``h25_en_apartment_syndicator_1200_doors_readers_check_deeds_filings_and_his_employer_he_thanks_only_fans`` (fake):
  35.0, ``uncertain``, probability 0.00, rule ``contested-and-silent`` (3 unanswered posts, 3 readers, share 0.20);
  template_share 80 % (+, the same Accelerator pitch to four admirers). business_metrics.quantified_rate 5.13
  counts *for* him: his invented figures ($180M AUM, 19.4 % IRR, $6.2M of distributions) read as business literacy;
  reply_share 41 % counts his thanks to admirers as conversation. Nine readers contest him; three are read. His first
  twelve posts, and each network alone, are 0.0.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h25_en_evergreen_circle_members_pay_a_seed_and_receive_gratitude_from_those_they_bring_in`` (fake): 1.2,
  ``likely_genuine``, probability 0.01, no rule. mass_follower_share 34 %, template_share 75 % and welcome_share 100 %
  push towards fake, reply_share 25 % (his thanks to members) towards genuine. recruitment_schemes.pitches 0 although
  the levels post says it all ("$250 contribution", "you receive 40% of each in gratitude", "10% of theirs forever",
  "No products"), as does the DM to six people; the scheme's own words (seed, branch, canopy, gratitude, sharing the
  opportunity) are not read as recruitment. Callouts 0 although seven readers (an actuary, the FTC definition, the
  state AG, a former member, a mother asking for her $250 four times) contest it unanswered. The audience sample is
  35 members whose bios advertise their level: batch_created_share 0 although 26 of them were created in
  November-December 2025.
  Oddly, his first twelve posts alone are 70.0 ``likely_fake``.
- ``h25_fr_jeuneur_therapeute_se_moque_de_chaque_soignant_qui_le_conteste_avec_des_mots_a_lui`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule. reply_share 52 % (−) counts as conversation his fourteen mocking
  answers to eleven critics (an endocrinologist, a dietitian, a biologist, a pharmacist, an emergency doctor, a
  paediatrician, a journalist, a type 1 diabetic: "Personne ne t'a forcé"): each is addressed and in new words, so
  none is generic. The brush-off is not read; callouts 0 (every critic but a participant's sister *was* answered);
  the health danger (insulin stopped, a child's three-day fast) is not read.
- ``h25_en_credit_repair_guru_answers_every_critic_and_refund_with_his_free_class_link`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule. reply_share 48 % (−) counts as conversation his fifteen answers to
  twelve critics that each send the critic to creditglowup.com/free in different words; engagement_shortfall 2.83
  (+) only. Callouts 0: a link counts as an answer. Since the reading of a pointer by habit (session 19: the site
  his bio names, given in most of his replies, is no exchange and answers nobody): 35.0, ``uncertain``
  (contested-and-silent, four posts and two readers; converging-habits-not-genuine).
- ``h25_fr_fausse_dieteticienne_change_trois_fois_de_titre_sans_repondre_a_qui_demande_son_diplome`` (fake): 1.5,
  ``likely_genuine``, probability 0.01, no rule. template_share 83 % (+, the "bilan offert" DM answer to five "BILAN"),
  reframe_share 13 %, reply_share 19 % (+). Callouts 1 reader although a dietitian asks for the diploma (with her own
  ADELI number) in a comment, again two weeks later and by DM, the protected title is cited (L4371-1), a fellow
  "graduate" says the diploma is a 3-day online course, and a mother reports her daughter's eating disorder; the
  title's drift from "diététicienne" to "nutritionniste" to "coach holistique" is not read.

Read rightly: the demonstrator's commissions and referral bonus, the blogger's affiliate income and referral code,
the engineer's and the GP's contested posts (answered with sources), the consultant's credential challenges
(answered, confirmed by her former employer and her clients), the bakery's unanswered competitor and its one-line
answer to a troll: conversation and figures clear them.
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

H25_CASES = sorted(path.stem for path in HARD_CASES.glob("h25_*.json"))

GENUINE = ("h25_fr_demonstratrice_robot_cuisine_publie_ses_commissions_et_la_prime_de_parrainage",
           "h25_en_structural_engineer_answers_source_and_thats_false_with_references_ignores_two_trolls",
           "h25_fr_blogueuse_rando_publie_ses_commissions_d_affiliation_et_son_code_de_parrainage",
           "h25_en_family_bakery_competitor_leaves_hostile_comments_one_dry_line_to_a_racist_troll",
           "h25_en_supply_chain_consultant_former_employer_congratulates_answers_every_challenge_to_her_credentials",
           "h25_fr_medecin_generaliste_repond_source_et_c_est_faux_avec_references_laisse_les_trolls")
FAKE = ("h25_en_evergreen_circle_members_pay_a_seed_and_receive_gratitude_from_those_they_bring_in",
        "h25_fr_jeuneur_therapeute_se_moque_de_chaque_soignant_qui_le_conteste_avec_des_mots_a_lui",
        "h25_en_apartment_syndicator_1200_doors_readers_check_deeds_filings_and_his_employer_he_thanks_only_fans",
        "h25_fr_cercle_de_sororite_fleur_d_abondance_don_de_1000_euros_qui_revient_x8",
        "h25_en_credit_repair_guru_answers_every_critic_and_refund_with_his_free_class_link",
        "h25_fr_fausse_dieteticienne_change_trois_fois_de_titre_sans_repondre_a_qui_demande_son_diplome")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = (FAKE[0], FAKE[1], FAKE[5])
# No rule fires on a genuine account of this round.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The syndicator is held "uncertain" by contested-and-silent (three of his nine contesting readers are read), the
# credit-repair guru since his link given to every critic answers none of them.
UNCERTAIN_FAKES = (FAKE[2], FAKE[4])
# The band a careful human auditor gives, for the cases where credscore agrees: the six genuine accounts, and the
# gifting circle (likely_fake, though for its DMs to new followers rather than for the scheme).
AUDITOR_BAND = {**{name: "likely_genuine" for name in GENUINE}, FAKE[3]: "likely_fake"}
FIRST_POSTS = 12


def _posts_on(name: str, platform: str) -> list[dict]:
    return [post for post in own_posts(name) if post["platform"] == platform]


def _texts(name: str) -> str:
    return "\n".join(post["text"] for post in own_posts(name))


def _unanswered(name: str, comments: list[dict]) -> bool:
    return bool(comments) and not any(answered_after(name, comment) for comment in comments)


def _authors(comments: list[dict]) -> set[str]:
    return {comment["author"] for comment in comments}


def _replies_to(name: str, authors: set[str]) -> list[dict]:
    """The account's public replies addressed to one of ``authors``."""
    return [reply for reply in own_replies(name) if any(reply["text"].lstrip("@").startswith(author.lstrip("@"))
                                                        for author in authors)]


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H25_CASES, GENUINE, FAKE, max_posts=40)
    assert sum(30 <= len(document(name).get("audience", [])) <= 45 for name in H25_CASES) == 3
    rich = [name for name in GENUINE
            if sum(len(_posts_on(name, platform)) >= 8 for platform in {p["platform"] for p in own_posts(name)}) >= 2]
    assert len(rich) == 6  # every genuine account has eight posts or more on each of two networks


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_is_read_rightly(name):
    genuine_and_unaccused(name)


# The trolls the genuine accounts leave unanswered, by design; every other question is answered.
IGNORED_TROLLS = {GENUINE[1]: {"dazzer77.bsky.social", "sparky4life.bsky.social", "truthseeker_91.bsky.social"},
                  GENUINE[3]: {"crumbsleeds", "Crumbs Artisan Bakery"},
                  GENUINE[4]: {"anon_logistix"},
                  GENUINE[5]: {"vaccinsmensonge", "verite.cachee", "troll_lille_59"}}


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_answers_every_question_but_the_trolls(name):
    asked = comments_matching(name, r"\?")
    assert len(asked) >= 6
    unanswered = {comment["author"] for comment in asked if not answered_after(name, comment)}
    assert unanswered <= IGNORED_TROLLS.get(name, set()), unanswered


# Honest people whose accounts look like a scheme, a brush-off or a contested claim.


def test_a_demonstrator_publishes_her_commissions_and_the_referral_bonus_and_recruits_nobody():
    name = GENUINE[0]
    monthly = [post for post in own_posts(name) if re.match(r"(Mon b|B)ilan de", post["text"])]
    assert len(monthly) >= 4 and all("€ brut" in post["text"] and "robot" in post["text"] for post in monthly)
    referral = next(post for post in own_posts(name) if "parrainage" in post["text"] and "150 €" in post["text"])
    assert "2 continuent" in referral["text"] and "Je ne recrute pas" in referral["text"]
    assert any("Je me suis trompée" in reply["text"] for reply in own_replies(name))  # her rounding error, in public
    assert any("0 € de parrainage" in post["text"] for post in own_posts(name))
    # Whoever asks to join gets her figures and a pointer to the sector manager, not a pitch.
    answer = next(message for message in messages_of(name, "sent") if message["counterpart"] == "Jessica Hardouin")
    assert wrote_first(name, "Jessica Hardouin") and "880 € net" in answer["text"]


def test_an_engineer_answers_source_and_false_with_named_documents_and_corrects_herself():
    name = GENUINE[1]
    contested = comments_matching(name, r"source|false|cite it")
    contesters = _authors(contested) - IGNORED_TROLLS[name]
    assert len(contesters) >= 3 and all(answered_after(name, comment) for comment in contested
                                        if comment["author"] in contesters)
    answers = _replies_to(name, contesters)
    assert all(re.search(r"\d{4}|CS 454|IStructE|gov", reply["text"]) for reply in answers)  # a dated document
    assert any(post["text"].startswith("Correction to my post") for post in own_posts(name))
    trolls = [comment for comment in comments_of(name)
              if comment["author"] in {"sparky4life.bsky.social", "truthseeker_91.bsky.social"}]
    assert _unanswered(name, trolls)


def test_a_hiking_blogger_publishes_her_affiliate_income_and_marks_every_affiliate_link():
    name = GENUINE[2]
    income = [post for post in _posts_on(name, "blog") if re.search(r"[Rr]evenus du blog", post["text"])]
    assert len(income) >= 2 and all("affiliation" in post["text"].lower() and "€" in post["text"] for post in income)
    priced = [post for post in _posts_on(name, "blog") if "€*" in post["text"]]  # an affiliate price is starred
    assert priced and all("* lien affilié" in post["text"] for post in priced)
    assert any("parrainage" in post["text"] and "suffit" in post["text"] for post in own_posts(name))
    refused = [message for message in messages_of(name, "sent") if message["counterpart"] == "outdoor.brand.partners"]
    assert "non merci" in refused[0]["text"].lower()
    withdrawn = _replies_to(name, {"pghm_fan"})
    assert withdrawn and "Je le retire" in withdrawn[0]["text"]


def test_a_bakery_leaves_its_competitor_unanswered_and_gives_a_troll_one_dry_line():
    name = GENUINE[3]
    rival = [comment for comment in comments_of(name) if comment["author"] in IGNORED_TROLLS[name]]
    assert len(rival) >= 6 and len({comment["created_at"][:7] for comment in rival}) >= 3 and _unanswered(name, rival)
    troll = _replies_to(name, {"yorksbloke1488"})
    assert len(troll) == 1 and len(troll[0]["text"]) < 70
    assert any("£14,900" in post["text"] and "£4,300" in post["text"] for post in own_posts(name))  # its takings
    audience = document(name)["audience"]
    assert len(audience) == 34 and len({member["created_at"][:4] for member in audience}) >= 10


def test_a_consultants_former_employer_and_clients_confirm_what_readers_doubted():
    name = GENUINE[4]
    assert comments_matching(name, r"Congratulations Nkechi")[0]["author"] == "Halvorsen Freight"
    confirmed = comments_matching(name, r"[Cc]onfirm")
    assert {"Marek Nowak", "Claire Yeo", "Tom Ashcroft – Brightwater Food Ingredients"} <= _authors(confirmed)
    doubted = next(post for post in own_posts(name) if "leadership page" in post["text"])
    assert "3 March 2020" in doubted["text"]
    assert wrote_first(name, "Grant Whitfield")
    assert any("Companies House" in post["text"] for post in own_posts(name))
    assert any("Things I got wrong" in post["text"] for post in own_posts(name))


def test_a_gp_answers_source_and_cest_faux_with_references():
    name = GENUINE[5]
    contested = comments_matching(name, r"source|c'est faux")
    contesters = _authors(contested) - IGNORED_TROLLS[name]
    assert len(contesters) >= 3 and all(answered_after(name, comment) for comment in contested
                                        if comment["author"] in contesters)
    assert all(re.search(r"HAS|ANSM|Cochrane|BMJ|JAMA|Lancet|\d{4}", reply["text"])
               for reply in _replies_to(name, {"libre_penseur59", "stat_geek_fr", "parent_vigilant"})
               if "?" not in reply["text"] and "sources" not in reply["text"] and "lire" not in reply["text"])
    assert any("RPPS" in post["text"] for post in own_posts(name))
    trolls = [comment for comment in comments_of(name) if comment["author"] in IGNORED_TROLLS[name]]
    assert len(trolls) >= 4 and _unanswered(name, trolls)


# Fakes with new dodges.


def test_a_circle_whose_members_earn_gratitude_from_those_they_bring_in():
    name = FAKE[0]
    levels = next(post for post in own_posts(name) if "Seed" in post["text"] and "Canopy" in post["text"])
    assert "$250" in levels["text"] and "40%" in levels["text"] and "No products" in levels["text"]
    critics = comments_matching(name, r"pyramid|FTC|who pays|nobody new|refund|my \$250|contribution back|"
                                      r"Attorney General|14 million|lost \$750")
    assert len(_authors(critics)) >= 7 and _unanswered(name, critics)
    text, people = same_dm_to_many(name)
    assert "receive 40%" in text and len(people) >= 6
    refused = next(message for message in messages_of(name, "sent") if message["counterpart"] == "mom.of.4.ohio")
    assert "aren't refundable" in refused["text"]
    audience = document(name)["audience"]
    assert len(audience) == 35 and sum("Evergreen" in member["bio"] for member in audience) >= 25
    assert sum(member["created_at"].startswith("2025-1") for member in audience) >= len(audience) / 2


def test_a_fasting_therapist_mocks_every_health_professional_in_new_words_and_never_cites_a_source():
    name = FAKE[1]
    critics = _authors(comments_matching(name, r"Arrêter|quelle étude|D'où vient|Nobel|urgences|réa|Qui vérifie|"
                                                r"traitement de fond|prouvé|ISO|hypoglycémie|enquêtons|compteur|"
                                                r"réanimation"))
    critics -= {"sylvie_renaissance", "maelys.cure"}
    assert len(critics) >= 10
    mocking = _replies_to(name, critics)
    assert len(mocking) >= 10 and len({reply["text"] for reply in mocking}) == len(mocking)
    assert not any(re.search(r"source|référence|publi|doi|PMID", reply["text"], re.IGNORECASE) for reply in mocking)
    assert any("297 €" in post["text"] for post in own_posts(name))
    refused = next(message for message in messages_of(name, "sent") if message["counterpart"] == "remboursement_cure")
    assert "Pas de remboursement" in refused["text"]


def test_a_syndicators_readers_check_records_while_he_thanks_only_admirers():
    name = FAKE[2]
    contested = comments_matching(name, r"deed|Form D|audited|paid membership|leasing consultant|never been your|"
                                        r"no employees|Where's the money|0 losses|appraisal records|never on a deed|"
                                        r"Where does 90%")
    assert len(_authors(contested)) >= 8 and _unanswered(name, contested)
    admirers = _authors(comments_of(name)) - _authors(contested)
    assert own_replies(name) == _replies_to(name, admirers)  # every reply he wrote went to an admirer
    assert any("1,200 doors" in profile.get("bio", "") for profile in document(name)["profiles"])
    # He stopped following two of the readers who checked, the day they spoke.
    dropped = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert {follow["counterpart"] for follow in dropped} == {"dfw_cre_analyst", "Victor Alvarez, CPA"}


def test_a_gifting_circle_pays_eight_thousand_for_one_thousand_worded_as_sorority():
    name = FAKE[3]
    rules = next(post for post in own_posts(name) if "1 000 €" in post["text"] and "8 000 €" in post["text"])
    assert "Feu" in rules["text"] and "Eau" in rules["text"] and "cadeau" in rules["text"]
    assert any("m'ont rejointe" in post["text"] for post in own_posts(name))  # advancing is recruiting
    critics = comments_matching(name, r"pyramide|L121-15|perdu|récupérer|mes 1 000|nouvelles femmes|Qui leur rendra|"
                                      r"illégal|n'est pas un don|oui ou non")
    assert len(_authors(critics)) >= 6 and _unanswered(name, critics)
    text, people = same_dm_to_many(name)
    assert "8 000 €" in text and len(people) >= 5
    blocked = next(message for message in messages_of(name, "sent") if message["counterpart"] == "Sylvie Marchetti")
    assert "Recrute" in blocked["text"] and wrote_first(name, "Sylvie Marchetti")
    assert any("espèces" in message["text"] for message in messages_of(name, "sent"))


def test_a_credit_repair_guru_answers_every_critic_with_his_link_in_new_words():
    name = FAKE[4]
    critics = _authors(comments_matching(name, r"FCRA|CROA|source|FICO|went DOWN|refund|illegal|for free|"
                                                r"high school|Section 609|Chapter 7|screenshot|same number|templates"))
    assert len(critics) >= 11
    answers = _replies_to(name, critics)
    assert len(answers) >= 12 and all("creditglowup.com/free" in reply["text"] for reply in answers)
    worded = {reply["text"].split(":")[0] for reply in answers}
    assert len(worded) == len(answers)  # a new sentence before the same link each time
    admirers = _replies_to(name, _authors(comments_of(name)) - critics)
    assert admirers and not any("creditglowup" in reply["text"] for reply in admirers)


def test_a_nutrition_coach_changes_her_title_three_times_instead_of_answering():
    name = FAKE[5]
    dated = sorted(own_posts(name), key=lambda post: moment(post["created_at"]))
    first_title = next(post for post in dated if "diététicienne diplômée" in post["text"])
    second = next(post for post in dated if "nutritionniste, ce mot" in post["text"])
    third = next(post for post in dated if "coach en nutrition holistique" in post["text"])
    assert moment(first_title["created_at"]) < moment(second["created_at"]) < moment(third["created_at"])
    assert any(profile["bio"].startswith("Coach en nutrition holistique") for profile in document(name)["profiles"])
    asked = comments_matching(name, r"ADELI|diplôme|L4371-1|changez de titre|suivi hormonal|1 100 kcal|quelle étude|"
                                    r"Je repose")
    assert len(_authors(asked)) >= 6 and _unanswered(name, asked)
    assert len(own_replies(name)) >= 8
    # She stopped following the dietitian within the hour of the first question.
    dropped = next(follow for follow in follows_of(name, "out") if follow["counterpart"] == "morgane.dieteticienne")
    first_question = comments_matching(name, r"ADELI")[0]
    assert moment(dropped["ended_at"]) - moment(first_question["created_at"]) <= timedelta(hours=1)
