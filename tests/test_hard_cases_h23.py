"""Twenty-third round of hand-written hard cases, in two halves. *Specificity*: honest people whose work uses the
words of schemes and quarrels. A hospital's HR team that pays staff £500 for each nurse they refer, once probation is
passed; a Lyon food cooperative whose members get a voucher for each neighbour they bring in, and which publishes its
accounts; a former MLM seller who reads her old upline's recruiting pitches word for word to warn people ("Duplicate
yourself", "Be your own boss", "build your team in 30 days"); a hydrogeologist who answers trolls in one line ("Je ne
débattrai pas de ça ici", "Fin de l'échange") and honest questions at length; a seaside ice-cream shop that publishes
its monthly takings, its costs and a losing January; an estate agent who details her commission on each sale, says
that her network pays commissions on recruits' sales and that she refuses to recruit. *New dodges*: a "business
opportunity" leader paid $100 for each partner he enrols and on their recruits, never saying MLM or pyramid; a
mindset coach who answers every refund demand with a brush-off ("les rageux ne construisent rien", "tout le monde
n'est pas prêt pour le succès") and every admirer with hearts; an ads guru whose proof figures are impossible (48x
ROAS on cold traffic, a 61 % CTR, 1,140 orders in an hour from a store with 37 followers) and whose student count and
yearly profit change from post to post; an LMNP coach defended by five accounts of his own, created in one week of
January, with the same sentence, one of which answers a reader in his name with the programme's link; an "AI agent"
seller who chats warmly on Threads and sends one templated $3,500 pitch to every new LinkedIn connection within a
minute; a fake publisher whose manuscript contest "selects" every entrant (12 winners on Facebook, 27 on Instagram, a
Maupassant text sent as a test "retained") and asks each for 1 490 € of "frais de fabrication".

The twelve accounts in ``tests/hard_cases/h23_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors (with their follower counts for
the LMNP coach's puppets), media, own replies, DMs both ways on all twelve, dated follows on nine, unfollows on eight,
snapshots on eight, audience samples of 35, 34 and 32 on three; on Instagram, TikTok, YouTube, Threads, Bluesky, X,
LinkedIn, Facebook and Mastodon. Five genuine accounts have eight posts of their own or more on each of two networks;
the estate agent has six on each of three.

Scored with the frozen release credscore-default@8c4fdb9ed7dd (``credscore score --format json
tests/hard_cases/h23_*.json``). The code of session 18, written while the round was (the ``recruitment_schemes``
signal and its rule, dismissals that answer nobody), gives the same twelve scores and bands. The business-opportunity
leader sends his full pitch ("$349 to activate + $97/mo, you earn $100 for every person you enroll and 10% of what
they enroll") to one person only, and the rule asks for two; his posts split the price and the commission. The
brush-off coach's warm replies to her fans keep her conversation.

Since then (session 18, after reading this round): the words a post quotes are someone else's for the earnings-claims
and reframes signals (``credscore/nlp/quotes.py``). The former MLM seller's quoted pitches ("Duplicate yourself…",
"It's not a pyramid…") no longer read as her claims: 35.0 ``uncertain`` -> 0.0 ``likely_genuine``, no rule; no fake of
rounds 2-24 changes band (round 18's Etsy trainer 81.9 -> 65.0, still ``likely_fake``).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): five genuine accounts
``likely_genuine`` at 0.0 (probability 0.00), no rule fired on any, nor on a thinner view (first twelve posts, no bio,
no DM, all three; at most 1.7) or on one network alone (at most 30.7, the estate agent's Instagram of remise-de-clés
photos alone; 2.8 her Facebook). Two fakes ``likely_fake``:

- ``h23_en_business_opportunity_guru_paid_on_each_recruit_duplicate_yourself_build_your_team``: 70.0, probability
  0.13, rules ``auto-dm-new-followers`` (welcome_share 100 %, template_share 80 %), ``hollow-talk-not-genuine``,
  ``converging-habits-not-genuine``. The recruiting-for-commission model itself is not read: earnings claim_share
  6.7 %, business figures 0, callouts 0 although four readers ask what is sold, do the arithmetic or ask what share
  of partners earned more than they paid in; the former partner's "spent $1,125, made $200" is not a callout. It rests
  on the DMs: without them 35.0 ``uncertain``; his TikTok alone 13.7 ``likely_genuine``.
- ``h23_fr_coach_lmnp_defendu_par_cinq_comptes_a_lui_crees_la_meme_semaine``: 65.0, probability 0.03, rules
  ``fake-on-one-platform`` (TikTok alone 97.1, Threads alone 1.7) and ``converging-habits-not-genuine``;
  templated_comment_share 45 % (+2.28), reply_share (+1.88), likes_uniformity (+1.56). Fragile: his first twelve posts
  1.7, without his bios 35.0. audience batch_created_share is 0 although the five puppets in the sample were created
  between 5 and 9 January 2026 with 0 to 2 followers; the puppet answering in his name is not read.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h23_en_former_mlm_seller_quotes_recruiter_pitches_word_for_word_to_warn`` (genuine): 35.0, ``uncertain``,
  probability 0.11, rule ``hollow-talk-not-genuine`` (family.hollow_talk 4.53); earnings claim_share 25 % (+3.32) on
  the pitches she quotes to warn ("Duplicate yourself, and in two years you'll never have to work again", "Be your own
  boss") and on her own net loss ("how I paid off the $4,870"); reframe_share 12 % ("It's not a pyramid, pyramids are
  illegal", quoted). The quotation marks and the warning around them are not read, nor her figures (business figures
  0 although she gives her kit, autoship, events, commissions and net loss). The same 35.0 on every thinner view and
  on each network alone. Not ``likely_fake`` and no blatant-habit rule, so not in ACCUSED_OF_A_HABIT; a finding on
  specificity all the same.
- ``h23_fr_coach_envoie_les_rageux_balader_et_ne_rembourse_jamais_mais_cajole_ses_fans`` (fake): 35.0, ``uncertain``,
  probability 0.01, one rule, ``bought-audience-not-genuine`` (empty_share 59 %, +4.98). reply_share 45 % (−3.07)
  counts her brush-offs ("les rageux ne construisent rien", "Next.", "l'abondance, ça commence par arrêter de chercher
  des excuses") and her hearts to admirers as conversation; callouts 1 reader although ten readers ask for a refund,
  cite the 14-day withdrawal right, say their question was deleted or their testimonial altered.
  batch_created_share 0 although the 20 empty followers were created between 8 and 10 January 2026; follower growth
  not measurable (three snapshots: +8,500 in two weeks at the launch).
- ``h23_en_ads_guru_proof_figures_impossible_and_student_count_changes_every_post`` (fake): 2.8, ``likely_genuine``,
  probability 0.03, no rule. business_metrics.quantified_rate 9.87 (−1.10): his impossible figures (48x ROAS on cold
  traffic, 61 % CTR, 1,140 orders in an hour) count *for* him; template_share 86 % (+2.28, the $2,997 DM);
  claim_share 7 %. Callouts 0 although six readers (Rachel Kim, Omar Faruk, @adops_nerd, @mediabuyer_jo,
  @shopify_ops_sam, Priya Shah) point out the impossibilities and the drifting figures (4,000+, 12,400, 20,000
  students; $1,000,000 then $2.4M), none answered. His X alone 36.5 ``uncertain``; first twelve posts 37.7.
- ``h23_en_ai_agent_guru_chatty_on_threads_sells_by_templated_dm_to_every_linkedin_connection`` (fake): 0.4,
  ``likely_genuine``, probability 0.00, no rule. welcome_share 100 % is only a model feature (+0.59), template_share
  91 % (+2.46), both outweighed by his Threads banter (reply_share 27 %, −0.82). His first twelve posts are 65.0
  ``likely_fake`` (``pitch-dms-to-new-followers``) and his LinkedIn alone 60.0 (``pitch-dms-to-new-followers``,
  ``thin-history``): the whole history, with more friendly Threads replies, clears him. The "Ex-Google" LinkedIn bio
  against his own "call center … vendor contract" on Threads, and the unanswered refund request, are not read.
- ``h23_fr_fausse_editrice_concours_de_manuscrits_ou_chaque_laureat_paie_les_frais_d_edition`` (fake): 2.8,
  ``likely_genuine``, probability 0.03, no rule. template_share 89 % (+2.39, the "Félicitations … 1 490 €" DM),
  reply_share 6 % (+1.88). Callouts 0 although six readers (a bookshop quoting the SGDL, two "winners" asked for the
  same 1 490 €, a tester whose Maupassant pages were "retained", a woman who paid 500 € a year ago) contest it
  unanswered; the contradiction 12 vs 27 winners and "contract after payment" are not read. Her Facebook alone 41.4.

Read rightly: the hospital's referral bonus, the cooperative's sponsorship voucher, the hydrogeologist's one-line
refusals and the agent's commissions (business figures and long replies clear them), and the shop's takings.
"""

from __future__ import annotations

import re
from collections import Counter
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
)

H23_CASES = sorted(path.stem for path in HARD_CASES.glob("h23_*.json"))

GENUINE = ("h23_en_hospital_hr_paid_staff_referral_scheme_500_after_probation",
           "h23_fr_epicerie_cooperative_parrainage_membres_avec_ses_comptes",
           "h23_en_former_mlm_seller_quotes_recruiter_pitches_word_for_word_to_warn",
           "h23_fr_hydrogeologue_repond_aux_trolls_en_une_ligne_et_aux_questions_en_detail",
           "h23_en_seaside_ice_cream_shop_owner_shares_real_takings_seasons_costs_and_a_bad_month",
           "h23_fr_agente_immobiliere_detaille_ses_commissions_et_refuse_de_recruter_des_filleuls")
FAKE = ("h23_en_business_opportunity_guru_paid_on_each_recruit_duplicate_yourself_build_your_team",
        "h23_fr_coach_envoie_les_rageux_balader_et_ne_rembourse_jamais_mais_cajole_ses_fans",
        "h23_en_ads_guru_proof_figures_impossible_and_student_count_changes_every_post",
        "h23_fr_coach_lmnp_defendu_par_cinq_comptes_a_lui_crees_la_meme_semaine",
        "h23_en_ai_agent_guru_chatty_on_threads_sells_by_templated_dm_to_every_linkedin_connection",
        "h23_fr_fausse_editrice_concours_de_manuscrits_ou_chaque_laureat_paie_les_frais_d_edition")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = (FAKE[2], FAKE[4], FAKE[5])
# No rule fires on a genuine account of this round. The former MLM seller was held "uncertain" by
# ``hollow-talk-not-genuine`` as scored (the pitches she quotes read as her own); since session 18 the words a post
# quotes are not its own claims (credscore/nlp/quotes.py), and she is 0.0 (see the docstring).
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The mindset coach who brushes off refund demands is held "uncertain" by her bought-looking audience alone.
UNCERTAIN_FAKES = (FAKE[1],)
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {name: "likely_genuine" for name in GENUINE} | {
    name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES + UNCERTAIN_FAKES}
FIRST_POSTS = 12


def _posts_on(name: str, platform: str) -> list[dict]:
    return [post for post in own_posts(name) if post["platform"] == platform]


def _replies_to(name: str, author: str) -> list[dict]:
    return [reply for reply in own_replies(name) if reply["text"].lstrip("@").startswith(author.lstrip("@"))]


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H23_CASES, GENUINE, FAKE, max_posts=40)
    assert sum(len(document(name).get("audience", [])) >= 30 for name in H23_CASES) == 3
    rich = [name for name in GENUINE
            if sum(len(_posts_on(name, platform)) >= 8 for platform in {p["platform"] for p in own_posts(name)}) >= 2]
    assert len(rich) >= 4  # four genuine accounts or more with eight posts or more on two networks


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_is_read_rightly(name):
    genuine_and_unaccused(name)


# Genuine people whose work uses the words of schemes and quarrels.


def test_a_hospital_pays_a_referral_bonus_after_probation_and_answers_every_question():
    name = GENUINE[0]
    referral = [post for post in own_posts(name) if re.search(r"refer", post["text"], re.IGNORECASE)]
    assert len(referral) >= 5
    assert any("£500" in post["text"] and "probation" in post["text"] for post in referral)
    assert any("£9,500 paid out" in post["text"] for post in own_posts(name))  # the scheme's own figures
    assert any("not a commission" in post["text"] for post in own_posts(name))
    asked = comments_matching(name, r"\?")
    assert len(asked) >= 6 and all(answered_after(name, comment) for comment in asked)


def test_a_cooperative_pays_a_sponsorship_voucher_and_publishes_its_accounts():
    name = GENUINE[1]
    sponsorship = [post for post in own_posts(name) if re.search(r"parrain", post["text"], re.IGNORECASE)]
    assert len(sponsorship) >= 5 and len({post["platform"] for post in sponsorship}) == 2
    assert any("Personne ne touche rien sur les parrainages de ses filleuls" in post["text"] for post in sponsorship)
    assert any("587 000 €" in post["text"] and "19 %" in post["text"] for post in own_posts(name))
    asked = comments_matching(name, r"\?")
    assert len(asked) >= 4 and all(answered_after(name, comment) for comment in asked)


def test_a_former_mlm_seller_quotes_the_pitches_to_warn_and_gives_her_loss():
    name = GENUINE[2]
    quoted = [post for post in own_posts(name) if re.search(r'"[^"]{15,}"', post["text"])]
    assert len(quoted) >= 6  # the recruiters' words, between quotation marks
    assert any("Net loss: $4,870" in post["text"] for post in own_posts(name))
    assert any(re.search(r"not selling a course|No\. Everything I know is in the videos", post["text"])
               for post in own_posts(name))
    refusal = next(message for message in messages_of(name, "sent") if message["counterpart"] == "shayla.wellness.life")
    assert refusal["text"].startswith("Hi Shayla, thanks but no")
    hostile = ("Coach Reggie", "realboss.babe")
    assert not any(answered_after(name, comment) for comment in comments_of(name) if comment["author"] in hostile)
    honest = [comment for comment in comments_matching(name, r"\?") if comment["author"] not in hostile]
    assert honest and all(answered_after(name, comment) for comment in honest)


def test_a_hydrogeologist_answers_trolls_in_one_line_and_questions_at_length():
    name = GENUINE[3]
    trolls = ("gilles-verite.bsky.social", "climato-realiste33.bsky.social", "la-vraie-info-fr.bsky.social",
              "@paul_r@mastodon.social")
    askers = {comment["author"] for comment in comments_of(name)} - set(trolls)
    troll_replies = [reply for troll in trolls for reply in _replies_to(name, troll)]
    asker_replies = [reply for asker in askers for reply in _replies_to(name, asker)]
    assert len(troll_replies) == 4 and all(len(reply["text"]) < 130 for reply in troll_replies)
    assert len(asker_replies) >= 6 and sum(len(reply["text"]) for reply in asker_replies) / len(asker_replies) > 200
    assert any("Je corrige une erreur" in post["text"] for post in own_posts(name))
    assert any(follow.get("ended_at") for follow in follows_of(name, "in"))  # the troll who unfollowed


def test_an_ice_cream_shop_publishes_its_takings_costs_and_a_losing_month():
    name = GENUINE[4]
    monthly = re.compile(r"takings\D{0,16}£[\d,]+|£[\d,]+ in takings")
    takings = [post for post in _posts_on(name, "threads") if monthly.search(post["text"])]
    assert len(takings) >= 5
    january = next(post for post in takings if post["text"].startswith("January"))
    amounts = [int(value.replace(",", "")) for value in re.findall(r"£([\d,]+)", january["text"])[:2]]
    assert amounts[0] < amounts[1]  # takings below costs: a bad month, shown
    audience = document(name)["audience"]
    assert len(audience) == 35 and sum(member["posts_count"] > 0 for member in audience) == len(audience)
    months = Counter(member["created_at"][:7] for member in audience)
    assert max(months.values()) <= 3  # created over many months, not in a batch
    assert messages_of(name, "sent")[0]["text"] == "No thank you."  # to the follower-growth agency


def test_an_estate_agent_details_her_commission_and_refuses_to_recruit():
    name = GENUINE[5]
    assert any("12 300 €" in post["text"] and "30 %" in post["text"] for post in own_posts(name))
    assert any("filleuls" in post["text"] and "Je ne le fais pas" in post["text"] for post in own_posts(name))
    offer = next(message for message in messages_of(name, "received") if message["counterpart"] == "Romain Delcourt")
    assert "5 niveaux" in offer["text"]
    assert "je ne souhaite pas construire d'équipe" in next(
        message["text"] for message in messages_of(name, "sent") if message["counterpart"] == "Romain Delcourt")
    assert len({post["platform"] for post in own_posts(name)}) == 3


# Fakes with new dodges.


def test_a_team_builder_is_paid_on_recruits_and_never_names_the_scheme():
    name = FAKE[0]
    texts = " ".join(post["text"] for post in own_posts(name))
    assert re.search(r"duplicate yourself", texts, re.IGNORECASE) and "build a team" in texts
    assert "$100 the day they activate" in texts
    assert not re.search(r"\bMLM\b|pyramid", texts, re.IGNORECASE)
    text, people = same_dm_to_many(name)
    assert "expanding my team" in text and len(people) >= 8
    for follow in follows_of(name, "in"):
        sent = next(message for message in messages_of(name, "sent") if message["counterpart"] == follow["counterpart"])
        assert timedelta(0) <= moment(sent["created_at"]) - moment(follow["created_at"]) < timedelta(minutes=5)
    churned = [follow for follow in follows_of(name, "out") if follow.get("ended_at")]
    assert len(churned) >= 8
    assert comments_matching(name, r"spent \$1,125, made \$200")


def test_a_coach_brushes_off_every_refund_demand_and_coddles_admirers():
    name = FAKE[1]
    critics = comments_matching(name, r"rembours|rétractation|14 jours|bloqu|témoignage|chiffre|vide")
    assert len({comment["author"] for comment in critics}) >= 8
    brush_offs = [reply for comment in critics for reply in _replies_to(name, comment["author"])]
    assert len(brush_offs) >= 5 and all(len(reply["text"]) < 90 for reply in brush_offs)
    # Never the refund itself (the first word of a reply is its addressee, whose handle may say "rembourse").
    assert not any(re.search(r"rembours", reply["text"].split(" ", 1)[1]) for reply in brush_offs)
    admirers = [reply for reply in own_replies(name) if reply not in brush_offs]
    assert len(admirers) >= 7 and all(re.search(r"[❤💛💖🥹🥰😘🌞💪🔥]", reply["text"]) for reply in admirers)
    empty = [member for member in document(name)["audience"] if member["posts_count"] == 0 and not member["has_avatar"]]
    created = sorted(moment(member["created_at"]) for member in empty)
    assert len(empty) >= 15 and (created[-1] - created[0]).days <= 3


def test_an_ads_guru_publishes_impossible_figures_that_change_between_posts():
    name = FAKE[2]
    counts = {int(value.replace(",", "")) for post in own_posts(name)
              for value in re.findall(r"([\d,]{3,})\+? students", post["text"])}
    assert len(counts) >= 3  # 4,000+, 12,400, 20,000 and the 900 of one cohort
    assert any("$1,000,000 in personal profit" in post["text"] for post in own_posts(name))
    assert any("made $2.4M" in post["text"] for post in own_posts(name))
    doubters = comments_matching(name, r"world record|doesn't happen|Which one|frozen|Unfalsifiable|\$25M|founded 2023|"
                                       r"Tampa|round year")
    assert len({comment["author"] for comment in doubters}) >= 5
    assert not any(answered_after(name, comment) for comment in doubters)
    text, people = same_dm_to_many(name)
    assert "$2,997" in text and len(people) >= 6


def test_an_lmnp_coach_is_defended_by_puppets_created_the_same_week():
    name = FAKE[3]
    defence = comments_matching(name, r"concret.*jalou")
    puppets = {comment["author"] for comment in defence}
    assert len(puppets) == 5 and all(comment.get("author_followers", 99) <= 2 for comment in defence)
    profiles = [member for member in document(name)["audience"] if member["handle"] in puppets]
    created = sorted(moment(member["created_at"]) for member in profiles)
    assert len(profiles) == 5 and (created[-1] - created[0]).days <= 7
    slip = comments_matching(name, r"je t'envoie le lien du programme en MP")
    assert next(comment["author"] for comment in slip) in puppets  # a puppet answering in his name
    assert comments_matching(name, r"même phrase")


def test_an_ai_seller_chats_on_threads_and_pitches_every_linkedin_connection():
    name = FAKE[4]
    assert len([reply for reply in own_replies(name) if reply["platform"] == "threads"]) >= 7
    assert not [reply for reply in own_replies(name) if reply["platform"] == "linkedin"]
    text, people = same_dm_to_many(name)
    assert "$3,500" in text and len(people) >= 10
    for follow in follows_of(name, "in"):
        sent = next(message for message in messages_of(name, "sent") if message["counterpart"] == follow["counterpart"])
        assert timedelta(0) <= moment(sent["created_at"]) - moment(follow["created_at"]) <= timedelta(minutes=2)
    bios = {profile["platform"]: profile["bio"] for profile in document(name)["profiles"]}
    assert "Ex-Google" in bios["linkedin"] and "Ex-Google" not in bios["threads"]
    assert any("call center" in post["text"] for post in _posts_on(name, "threads"))
    refund = [message for message in messages_of(name, "received") if "refund" in message["text"]]
    assert refund and not any(message["counterpart"] == "Angela Moss" for message in messages_of(name, "sent")
                              if message["text"] != text)


def test_a_fake_publisher_selects_every_entrant_and_asks_each_for_fees():
    name = FAKE[5]
    text, people = same_dm_to_many(name)
    assert "1 490 €" in text and "retenu" in text and len(people) >= 8
    assert any("12 lauréats" in post["text"] for post in own_posts(name))
    assert any("Ils sont 27" in post["text"] for post in own_posts(name))
    assert comments_matching(name, r"Maupassant")
    contesting = comments_matching(name, r"1 490|SGDL|Maupassant|APRÈS avoir payé|500 €|Sur Facebook")
    assert len({comment["author"] for comment in contesting}) >= 5
    assert not any(answered_after(name, comment) for comment in contesting)
