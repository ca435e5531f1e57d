"""Twenty-first round of hand-written hard cases, on *specificity* first with people whose honest work brushes against
scams, money and private messages: a recruiter who sends every shortlisted candidate the same DM asking for a CV and a
referee, a registered charity whose flood appeal carries its registration number and one donation link on every
network, a course creator with a price, a refund policy she honours and readers who praise and criticise her, a soap
maker whose shop's account comments on her personal posts and says it is her, a union delegate who sends every
colleague the same meeting invitation by DM, and a consumers' association whose warnings about gift-card, fake-job and
crypto scams draw readers reporting the scams they received. The fakes dodge the checklist with new tricks: a supply
chain "thought leader" who publishes a real expert's posts word for word; an "official TikTok Shop partner agency"
that charges a "refundable deposit"; a fractional CMO who quotes his own invented research index, whose figures drift
from post to post; a "mastermind" whose members must recruit two members a quarter; a "cyber expert" who sells blue
badges and hacked-account recovery for the password and the SMS code; a prospecting coach defended by two accounts of
his own, created the week of his launch.

The twelve accounts in ``tests/hard_cases/h21_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors (with their follower counts where
the exposure or the puppetry needs them), media, own replies, DMs both ways on all twelve, dated follows on five,
unfollows on five, snapshots on four, audience samples of 32, 35 and 32 on three; on Instagram, TikTok, YouTube,
Threads, Bluesky, X, LinkedIn, Facebook and Mastodon.

Six are genuine: a Manchester tech recruiter who publishes salary ranges and her quarter's misses and sends each
shortlisted candidate, after they wrote first, the same "send me your CV and one referee, I won't contact them
without asking you, we never charge candidates" DM; the Calder Valley Community Foundation, whose Storm Imogen appeal
gives charity number 1183406 and cvcf.org.uk/flood on Facebook, Instagram and X, answers "how do we know this is
real?" with the register, warns about a PayPal copycat page and publishes where the money went (£203,000 in grants,
£4,100 card fees); a chartered accountant on YouTube and Instagram whose £149 course has a 30-day refund she grants in
every DM that asks (23 of 612 buyers, published), who corrects herself when readers catch a wrong threshold and lets
"£149 for things that are free on HMRC's website. Pass." stand; a Privas soap maker whose shop account comments on her
personal posts, each time saying it is her; a Nantes theatre nurse and union delegate who sends every colleague the same
general-assembly invitation by DM and publishes vote counts; a Gard consumers' association whose scam warnings
(PCS/Transcash recharges, "liker des vidéos" task scams, crypto platforms, Vitale SMS) draw readers reporting what they
received or lost.

Six are fake: a supply-chain "visionary" whose posts are Dr. Lena Horvath's, word for word, as five readers and
Horvath herself say under them and in his DMs ("Ideas aren't owned by anyone"), selling a $3,500 "Margin Recovery
Sprint" to those who comment MARGIN; an "Official TikTok Shop Partner Agency", two weeks old, that DMs a "$299
refundable security deposit, Zelle, Cash App or USDT" to everyone who comments PARTNER while readers quote TikTok's
free programme, with 14 empty followers created on 15–17 January; a fractional CMO whose "Meridian B2B Trust Index"
says 68 % then 74 %, 2.4x then 2.8x, whose readers find no such institute and who refuses references in DMs
($8,500/month); a "Mastermind Ascension" at 2,497 € whose DM to each applicant pays 40 % per recruit and requires two
recruits a quarter to stay, whose ex-member is told "si tu veux récupérer ta mise, parraine"; a "cyber expert" who asks
hacked users for their login, password and SMS code and 150 € in PCS recharges; a prospecting coach whose only
commenters, "Élodie Morel" and "Bastien Roux", were created on 6 and 8 January (his launch week) and defend him
against every critic, one of them answering a lead in DM "signé Romain".

Scored with credscore-default@8c4fdb9ed7dd (``credscore score --format json tests/hard_cases/h21_*.json``).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine`` at 0.0, no rule fired on any, nor on a thinner or
one-platform view of one, the highest view being the charity's X alone at 3.5; the account-recovery seller
``likely_fake``); no fake in ``likely_genuine`` but those in ``ESCAPING_FAKES``. Since session 18 the mastermind is
``likely_fake`` too (70.0, ``pitches-a-recruitment-scheme``: 2 497 € to join, 40 % of each member brought in, two
members a quarter to stay active), and the round asserts it.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h21_fr_mastermind_ou_chaque_membre_doit_en_recruter_deux`` (fake): 2.8, ``likely_genuine``, probability 0.03, no
  rule. Reasons: reply_share 5 % (+2.01), template_share 71 % (+1.78, the applicant DM quoted) with pitch_share 0,
  comments_per_like (+0.40), reframe_share 6 %. The recruiting quota ("parrainer 2 membres par trimestre", 40 % per
  recruit, "commence par ta famille") is in the quoted DM but no reason reads it; callouts 0 although six readers ask
  whether it is a sponsorship scheme, whether non-recruiters are excluded, or say the 1.2 M€ are their own fees.
  Growth is not measurable (three snapshots per platform, twelve dated follows). Facebook alone 3.8.
- ``h21_fr_coach_prospection_se_defend_avec_deux_comptes_crees_la_semaine_du_lancement`` (fake): 0.3,
  ``likely_genuine``, probability 0.00, no rule. Reasons: template_share 75 % (+1.90) with pitch_share 0,
  reframe_share 13 %, reply_share 17 %, bait_share 13 %. His audience sample holds his two puppets (created on 6 and 8
  January 2026, 14 and 9 followers) among 32, so batch_created_share and empty_share are 0: two accounts are too few to
  be a batch; their praise and their attacks on critics ("ceux qui critiquent sont ceux qui n'agissent pas") are read
  as other people's comments (generic_comment_share 4 %), callouts 1. His Instagram alone is 35.0
  (``hollow-talk-not-genuine``, ``converging-habits-not-genuine``); his LinkedIn alone 0.0.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h21_en_fake_tiktok_shop_partner_agency_charges_refundable_deposit`` (fake): 60.0, probability 0.23, rules
  ``asks-for-untraceable-payment`` (eight people asked for Zelle, Cash App or USDT), ``bought-audience-not-genuine``
  (empty_share 40 %, unexplained growth 54 %), ``converging-habits-not-genuine``, ``contested-and-silent`` (four
  readers). Four rules and still below 65: the payment rule's floor is 60, and nothing lifts it. batch_created_share
  is 0 although 14 of the 35 followers sampled were created between 15 and 17 January 2026. The "official partner"
  impersonation itself is not read. Without its DMs, 35.0.
- ``h21_en_ops_guru_publishes_a_real_experts_posts_word_for_word`` (fake): 35.0, probability 0.03, rules
  ``contested-and-silent`` (two readers, three posts) and ``self-proclaimed-title``. The copying itself (seven readers
  naming Horvath and her dates, her own comment and DMs) is not read: his texts are good, borrowed texts. template_share
  67 % with pitch_share 0 (the "$3,500, paid upfront" DM). His X alone is 60.0 (``narrow-history``, ``thin-history``).
- ``h21_en_thought_leader_invents_a_research_index_and_its_figures_drift`` (fake): 35.0, probability 0.15, rules
  ``hollow-talk-not-genuine`` and ``converging-habits-not-genuine``; reframe_share 35 % (+2.33), template_share 80 %,
  generic_comment_share 28 %. His invented figures are not told from real ones, nor the drift of one figure between
  posts; callouts 2 of the five readers (seven handles) who ask for a source. His Threads alone is 97.1 and his first
  twelve posts 66.5, ``likely_fake``: the long LinkedIn posts, full of figures, pull him down to the floor the rules
  set.

Read rightly: the account-recovery seller 75.0, ``likely_fake`` (``asks-for-credentials``, eight people asked for a
password or code; ``asks-for-untraceable-payment``), though 2.8 without his DMs: his public posts alone pass. All six
genuine accounts 0.0, although the recruiter's and the delegate's one DM sent to many count against them
(template_share 86 % and 79 %, +2.28 and +2.03), the course creator's lurking audience (empty_share 19 %, +1.45) and the
charity's follower jump after the flood (unexplained_growth_share 76 %, +2.75: the appeal posts do not explain it to
credscore) too; the charity's appeal DMs count as pitches (pitch_share 33 %) while none of the six fakes' price DMs
does.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.hard_case_support import (
    HARD_CASES,
    answered_after,
    assert_round_of_twelve,
    comments_matching,
    comments_of,
    document,
    first_sent_to,
    follows_of,
    genuine_and_unaccused,
    messages_of,
    moment,
    own_posts,
    own_replies,
    rules_fired,
    verdict,
    wrote_first,
)

H21_CASES = sorted(path.stem for path in HARD_CASES.glob("h21_*.json"))

GENUINE = ("h21_en_recruiter_asks_shortlisted_candidates_for_cv_and_referee_by_dm",
           "h21_en_registered_charity_flood_appeal_number_and_link_on_every_network",
           "h21_en_course_creator_price_refund_policy_honoured_praise_and_criticism",
           "h21_fr_savonniere_le_compte_de_sa_boutique_commente_ses_posts_et_le_dit",
           "h21_fr_deleguee_syndicale_meme_invitation_dag_en_mp_a_chaque_collegue",
           "h21_fr_association_consommateurs_alertes_arnaques_lecteurs_signalent")
FAKE = ("h21_en_ops_guru_publishes_a_real_experts_posts_word_for_word",
        "h21_en_fake_tiktok_shop_partner_agency_charges_refundable_deposit",
        "h21_en_thought_leader_invents_a_research_index_and_its_figures_drift",
        "h21_fr_mastermind_ou_chaque_membre_doit_en_recruter_deux",
        "h21_fr_faux_expert_cyber_vend_badges_verifies_et_recuperation_de_comptes",
        "h21_fr_coach_prospection_se_defend_avec_deux_comptes_crees_la_semaine_du_lancement")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h21_fr_coach_prospection_se_defend_avec_deux_comptes_crees_la_semaine_du_lancement",)
# No rule fires on any genuine account of this round, nor on a thinner view of one.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# Held "uncertain" (see the module docstring).
UNCERTAIN_FAKES = ("h21_en_ops_guru_publishes_a_real_experts_posts_word_for_word",
                   "h21_en_fake_tiktok_shop_partner_agency_charges_refundable_deposit",
                   "h21_en_thought_leader_invents_a_research_index_and_its_figures_drift")
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {name: "likely_genuine" for name in GENUINE} | {
    "h21_fr_faux_expert_cyber_vend_badges_verifies_et_recuperation_de_comptes": "likely_fake",
    # Since session 18 (pitches-a-recruitment-scheme): see the module docstring.
    "h21_fr_mastermind_ou_chaque_membre_doit_en_recruter_deux": "likely_fake"}
FIRST_POSTS = 12


def _dm_shape(text: str) -> str:
    """A DM with its greeting's first name (and a meeting's date, a job's title) left out, to find one text sent to
    many."""
    text = re.sub(r"^(Hey|Hi|Hello|Salut|Bonjour) [\w.]+", r"\1", text)
    text = re.sub(r"shortlist for the [^.]+\.", "shortlist for the role.", text)
    return re.sub(r"jeudi \d+ \w+", "jeudi", text)


def _same_dm_to_many(name: str) -> tuple[str, set[str]]:
    """The text the account sent most often (up to the first name), and the people it was sent to."""
    sent = messages_of(name, "sent")
    text, _ = Counter(_dm_shape(message["text"]) for message in sent).most_common(1)[0]
    return text, {message["counterpart"] for message in sent if _dm_shape(message["text"]) == text}


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H21_CASES, GENUINE, FAKE, max_posts=40)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine people whose honest work brushes against scams, money and private messages.


def test_a_recruiter_asks_each_shortlisted_candidate_for_a_cv_and_a_referee_in_the_same_words():
    name = "h21_en_recruiter_asks_shortlisted_candidates_for_cv_and_referee_by_dm"
    text, people = _same_dm_to_many(name)
    assert "CV" in text and "referee" in text and "never charge candidates" in text
    assert len(people) >= 5 and all(wrote_first(name, person) for person in people)  # only to those who applied
    ads = [post for post in own_posts(name) if re.search(r"£\d+k–£\d+k", post["text"])]
    assert len(ads) >= 3  # every job she advertises has its salary range
    assert any("not us" in post["text"] and "money" in post["text"] for post in own_posts(name))
    genuine_and_unaccused(name)


def test_a_charity_puts_its_number_and_one_donation_link_on_every_network():
    name = "h21_en_registered_charity_flood_appeal_number_and_link_on_every_network"
    number, link = "1183406", "cvcf.org.uk/flood"
    assert all(number in profile["bio"] for profile in document(name)["profiles"])
    assert all(number in post["text"] or link in post["text"] for post in own_posts(name))
    openings = {post["platform"] for post in own_posts(name)
                if number in post["text"] and link in post["text"] and post["created_at"].startswith("2026-01-10")}
    assert openings == {"facebook", "instagram", "twitter"}  # the appeal opened the same morning on all three
    doubters = comments_matching(name, r"scam|how do we know|real\?")
    assert len(doubters) >= 2 and all(answered_after(name, comment) for comment in doubters)
    assert any("1183406" in reply["text"] or "Charity Commission" in reply["text"] for reply in own_replies(name))
    genuine_and_unaccused(name)


def test_a_course_creator_honours_every_refund_asked_and_hears_criticism():
    name = "h21_en_course_creator_price_refund_policy_honoured_praise_and_criticism"
    assert all("£149" in profile["bio"] and "refund" in profile["bio"] for profile in document(name)["profiles"])
    asked = [message for message in messages_of(name, "received") if "refund" in message["text"].lower()]
    assert len(asked) >= 3
    for request in asked:
        answer = first_sent_to(name, request["counterpart"])
        assert re.search(r"[Rr]efund", answer["text"]) and (
            moment(answer["created_at"]) - moment(request["created_at"])).days < 1, request["counterpart"]
    criticism = comments_matching(name, r"Pass\.|Not sure this is right|wouldn't that be better|slog")
    praise = comments_matching(name, r"gem|trust you|saved me|Thank you")
    assert len(criticism) >= 3 and len(praise) >= 3
    assert len(document(name)["audience"]) == 32
    genuine_and_unaccused(name)


def test_a_soap_makers_shop_account_comments_on_her_posts_and_says_it_is_her():
    name = "h21_fr_savonniere_le_compte_de_sa_boutique_commente_ses_posts_et_le_dit"
    shop = "savonnerie.lafeuillere"
    assert all("c'est aussi moi" in profile["bio"] or profile["platform"] != "instagram"
               for profile in document(name)["profiles"])
    by_shop = [comment for comment in comments_of(name) if comment["author"] == shop]
    assert len(by_shop) >= 5
    assert sum(bool(re.search(r"c'est moi|c'est encore moi|(la boutique|depuis le compte).*(moi|je)|Coupable",
                              comment["text"])) for comment in by_shop) >= 5  # she says so each time
    both_ways = {follow["direction"] for follow in document(name)["follows"] if follow["counterpart"] == shop}
    assert both_ways == {"in", "out"}
    assert any("31 200 €" in post["text"] for post in own_posts(name))
    genuine_and_unaccused(name)


def test_a_union_delegate_sends_every_colleague_the_same_meeting_invitation():
    name = "h21_fr_deleguee_syndicale_meme_invitation_dag_en_mp_a_chaque_collegue"
    text, people = _same_dm_to_many(name)
    assert "Assemblée générale" in text and "salle Laennec" in text and len(people) >= 5
    assert not any(wrote_first(name, person) for person in people)  # she writes first: it is an invitation …
    answers = {message["counterpart"] for message in messages_of(name, "received")}
    assert len(answers & people) >= 3  # … and colleagues answer it
    assert not any("€" in message["text"] for message in messages_of(name, "sent"))
    assert any(re.search(r"\d+ pour, \d+ contre", post["text"]) for post in own_posts(name))
    genuine_and_unaccused(name)


def test_a_consumers_association_warns_of_scams_and_readers_report_theirs():
    name = "h21_fr_association_consommateurs_alertes_arnaques_lecteurs_signalent"
    posts = own_posts(name)
    for topic in (r"PCS|Transcash|carte cadeau", r"liker|à la tâche", r"[Cc]rypto"):
        assert len({post["platform"] for post in posts if re.search(topic, post["text"])}) == 3, topic
    reports = comments_matching(name, r"perdu|reçu|déposé|contacté|rappelé|failli|a versé")
    assert len({comment["author"] for comment in reports}) >= 6
    assert all("ne demandons jamais d'argent" in profile["bio"] for profile in document(name)["profiles"]
               if profile["platform"] == "facebook")
    genuine_and_unaccused(name)


# Fakes who have read the checklist and dodge it.


def test_a_guru_publishes_a_real_experts_posts_word_for_word():
    name = "h21_en_ops_guru_publishes_a_real_experts_posts_word_for_word"
    exposures = comments_matching(name, r"Horvath|word for word|Lifted from|change a word")
    assert len({comment["author"] for comment in exposures}) >= 6
    assert not any(answered_after(name, comment) for comment in exposures)
    complaint = next(message for message in messages_of(name, "received") if message["counterpart"] == "Lena Horvath")
    quoted = re.search(r"'([^']+)'", complaint["text"]).group(1)
    assert any(post["text"].startswith(quoted) for post in own_posts(name))  # the post she names is his first
    assert "aren't owned" in first_sent_to(name, "Lena Horvath")["text"]
    assert sum("$3,500" in message["text"] for message in messages_of(name, "sent")) >= 4
    assert verdict(name).band != "likely_genuine"


def test_a_fake_partner_agency_charges_a_refundable_deposit_in_untraceable_money():
    name = "h21_en_fake_tiktok_shop_partner_agency_charges_refundable_deposit"
    text, people = _same_dm_to_many(name)
    assert "$299" in text and "refundable" in text and re.search(r"Zelle|Cash App|USDT", text)
    partner = {comment["author"] for comment in comments_of(name) if comment["text"] == "PARTNER"}
    assert len(people) >= 6 and people <= partner | {"dev.unboxes"}
    assert comments_matching(name, r"does not charge|not TikTok Shop|partner list doesn't include")
    empty = [member for member in document(name)["audience"]
             if not member["has_avatar"] and member["posts_count"] == 0]
    created = sorted(moment(member["created_at"]) for member in empty)
    assert len(empty) >= 10 and (created[-1] - created[0]).days <= 3  # a batch bought the week of the launch
    profiles = document(name)["profiles"]
    assert all(moment(profile["created_at"]) > moment("2025-12-01T00:00:00Z") for profile in profiles)
    assert verdict(name).band != "likely_genuine"


def test_a_thought_leader_quotes_his_own_invented_index_and_its_figures_drift():
    name = "h21_en_thought_leader_invents_a_research_index_and_its_figures_drift"
    texts = [post["text"] for post in own_posts(name)]
    buyers = {re.search(r"(\d+)% of enterprise buyers", text).group(1) for text in texts
              if re.search(r"\d+% of enterprise buyers", text)}
    faster = {re.search(r"(\d\.\d)x faster", text).group(1) for text in texts if re.search(r"\d\.\dx faster", text)}
    assert len(buyers) >= 2 and len(faster) >= 2  # one finding, different figures in different months
    askers = comments_matching(name, r"source|Where can I read|Who counted|no website|Which is it|from what base")
    assert len({comment["author"] for comment in askers}) >= 4
    assert not any(answered_after(name, comment) for comment in askers)
    assert any("don't do reference calls" in message["text"] for message in messages_of(name, "sent"))
    assert verdict(name).band != "likely_genuine"


def test_a_mastermind_requires_each_member_to_recruit_two_more():
    name = "h21_fr_mastermind_ou_chaque_membre_doit_en_recruter_deux"
    text, people = _same_dm_to_many(name)
    assert "2 497 €" in text and "40 %" in text and "parrainer 2 membres par trimestre" in text
    assert len(people) >= 5
    worried = comments_matching(name, r"parrainage|ramener 2|exclu|commissions|inscriptions|harcèle|sortis")
    assert len({comment["author"] for comment in worried}) >= 5
    assert any("parraine" in message["text"] for message in messages_of(name, "sent")
               if message["counterpart"] == "ex.membre.ascension")  # a refund is a recruit


def test_a_cyber_expert_sells_badges_and_recovery_for_the_password_and_the_sms_code():
    name = "h21_fr_faux_expert_cyber_vend_badges_verifies_et_recuperation_de_comptes"
    sent = messages_of(name, "sent")
    credentials = [message for message in sent if re.search(r"mot de passe", message["text"])]
    assert len({message["counterpart"] for message in credentials}) >= 6
    assert all(re.search(r"PCS|Transcash|Neosurf|USDT", message["text"]) for message in credentials)
    victims = comments_matching(name, r"payé|pareil|code SMS|plus de nouvelles")
    assert len({comment["author"] for comment in victims}) >= 3
    scored = verdict(name)
    assert "asks-for-credentials" in rules_fired(scored) and scored.band == "likely_fake"


def test_a_coach_is_praised_and_defended_by_two_accounts_of_his_own():
    name = "h21_fr_coach_prospection_se_defend_avec_deux_comptes_crees_la_semaine_du_lancement"
    puppets = {"Élodie Morel": "elodie.morel.consulting", "Bastien Roux": "bastien.closer.b2b"}
    sample = {member["handle"]: member for member in document(name)["audience"]}
    created = sorted(moment(sample[handle]["created_at"]) for handle in puppets.values())
    launch = moment(min(post["created_at"] for post in own_posts(name)))
    assert (created[-1] - created[0]).days <= 3 and (launch - created[0]).days <= 7  # made in the launch week
    assert all(sample[handle]["followers"] <= 20 for handle in puppets.values())
    by_puppets = [comment for comment in comments_of(name) if comment["author"] in {*puppets, *puppets.values()}]
    assert len({post["id"] for post in own_posts(name)
                for comment in post.get("comments", []) if comment in by_puppets}) >= 12
    defences = [comment for comment in by_puppets
                if re.search(r"critiqu|attaques|^(Nicolas|Hélène|Julie),", comment["text"])]
    assert len(defences) >= 3
    assert any(comment["text"].endswith("Romain") for comment in by_puppets)  # the slip: signed with his name
    assert any("signé « Romain »" in message["text"] for message in messages_of(name, "received"))
    arrivals = [follow for follow in follows_of(name, "in") if follow["counterpart"] in {*puppets, *puppets.values()}]
    assert len(arrivals) == 4 and all(follow["created_at"].startswith("2026-01-12") for follow in arrivals)
