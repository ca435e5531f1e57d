"""Twenty-seventh round of hand-written hard cases: a broad, independent measure (no particular reading under test),
with people, trades and dodges no earlier round used. *Specificity*: an amateur archery club in Vendôme that posts the
same announcement, word for word, on Facebook and Instagram (results with points, fees, 87 members, a 240 € surplus);
a municipal planetarium in Brittany whose posts are mostly links to its own programme pages and which sends every
booking the same confirmation DM; a beekeeper in the Cher who sends every buyer the same order-confirmation DM and
publishes her losses, her yield (310 kg), her price (9.50 € of which 2.10 € is jar and label) and her residue analysis;
a volunteer mountain-rescue team in the Lake District that posts each safety-campaign text identically on Facebook,
Mastodon and X, with callout figures; an e-sports team's community manager who reports her own engagement figures,
falls included (7.2 % to 4.1 %), sends sponsors a templated reply, and whose TikTok audience is large and passive; a
veterinary epidemiologist whose posts are links to her papers, who corrects herself in public and leaves hostile
comments unanswered. *Fakes, new trades and dodges*: a print-on-demand "mentor" who stages conversations with four
sock-puppet accounts created the same week (2 to 7 followers each), leaves every request for a figure unanswered and
sends the same 1 997 € offer to everyone who writes "POD"; a fake headhunter whose anonymous "mandates" move each
candidate to WhatsApp and end with a 290 € "dossier" fee, exposed by a candidate; a "ghost kitchen" franchise seller
whose case studies are copied from press articles about independent restaurants (readers say so, he never answers)
and who asks a 5 000 € deposit before any franchisee contact; a LinkedIn ghostwriter selling an "engagement pod"
whose praise comments are bought, each in different words, from accounts with 4 to 15 followers; an "AI art" course
seller who schedules with random jitter and showcases paintings readers show to be theirs; a crypto "airdrop hunter"
whose "free wallet check" asks for the recovery phrase.

The twelve accounts in ``tests/hard_cases/h27_*.json`` were written by hand without reading the signals, the
lexicons, the rules or the model; the auditor's band of each was written down before any case was scored
(likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1: likes on every post, views on TikTok
and YouTube, others' comments with their authors (follower counts on the bought and sock-puppet ones), own replies,
DMs both ways on all twelve, dated follows on nine, unfollows on nine, snapshots on five, audience samples of 34,
40 and 39 on three (the beekeeper's customers, the e-sports team's passive viewers, the POD mentor's fresh followers
and puppets). Facebook, Instagram, Threads, Mastodon, X, TikTok, Bluesky, LinkedIn and YouTube.

Scored with the frozen release at /tmp/wt27 (``PYTHONPATH=/tmp/wt27 python -m credscore score --format json
tests/hard_cases/h27_*.json``). No case was edited after scoring.

- The six genuine accounts: 0.0 ``likely_genuine``, no rule fired. The same-DM habits of the planetarium (80 %), the
  beekeeper (83 %) and the e-sports manager (75 %) show in auto_dms.template_share towards fake and are outweighed by
  conversation.reply_share (28 % to 43 %). The club's and the rescue team's cross-posts show no reason at all.
  None is ``likely_fake`` on a thinner view (first twelve posts, no bio, no DM, all three) or on one network
  alone.
- ``h27_en_crypto_airdrop_hunter_hides_a_seed_phrase_grab_behind_a_free_wallet_check`` (fake): 75.0 ``likely_fake``,
  rule ``asks-for-credentials``; template_share 80 %, reply_share 5 %. Agrees.
- ``h27_en_ai_art_course_seller_schedules_with_random_jitter_and_showcases_stolen_paintings`` (fake): 65.0
  ``likely_fake``, rules ``sales-pitch-dms``, ``fake-on-one-platform``, ``hollow-talk-not-genuine``; claim_share 12 %,
  reply_share 11 %. Agrees.
- ``h27_en_linkedin_ghostwriter_sells_an_engagement_pod_and_his_praise_comments_are_bought_in_varied_words`` (fake):
  35.0 ``uncertain``, rules ``hollow-talk-not-genuine`` and ``converging-habits-not-genuine``; template_share 83 %,
  reply_share 16 %. The readers who expose the pod (three of them, unanswered) and the bought praise from accounts of
  4 to 15 followers are not among the printed reasons.
- ``h27_fr_mentor_print_on_demand_met_en_scene_des_conversations_avec_des_comptes_fantomes_crees_la_meme_semaine``
  (fake): 7.4 ``likely_genuine`` although rule ``sales-pitch-dms`` fired; empty_share 23 %, reply_share 13 %,
  claim_share 6 %. Escapes: his replies to his own puppets count as conversation, and nothing printed reads the
  commenters (four accounts of 2 to 7 followers created the same week, every one a testimonial) nor the two readers
  asking for a figure and left unanswered.
- ``h27_fr_faux_chasseur_de_tetes_emmene_chaque_candidat_sur_whatsapp_et_fait_payer_des_frais_de_dossier`` (fake):
  0.0 ``likely_genuine``; template_share 86 % and bait_share 20 % towards fake, outweighed by reply_share 38 %
  towards genuine. Escapes: his short replies to "INTÉRESSÉ"/"DAF"/"GO" comments ("je vous écris") are read as
  conversation; the WhatsApp move, the 290 € fee asked of candidates and the exposing comments are not read.
- ``h27_fr_vendeur_de_franchise_dark_kitchen_publie_des_cas_clients_copies_d_articles_de_presse`` (fake): 4.5
  ``likely_genuine``; template_share 67 %, reply_share 10 % (both towards fake) and nothing else. Escapes: his case
  studies carry figures (38 000 € a month, 27 € average ticket), which a scorer cannot know are copied; the three
  readers who say so, unanswered, and the 5 000 € deposit asked before any franchisee contact are not read.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.hard_case_support import (
    HARD_CASES,
    answered_after,
    assert_round_of_twelve,
    comments_matching,
    comments_of,
    document,
    genuine_and_unaccused,
    messages_of,
    moment,
    own_posts,
    own_replies,
    same_dm_to_many,
    wrote_first,
)

H27_CASES = sorted(path.stem for path in HARD_CASES.glob("h27_*.json"))

GENUINE = ("h27_fr_club_de_tir_a_l_arc_publie_la_meme_annonce_sur_facebook_et_instagram",
           "h27_fr_planetarium_municipal_poste_surtout_des_liens_vers_son_programme_et_confirme_chaque_reservation"
           "_par_le_meme_dm",
           "h27_fr_apicultrice_envoie_la_meme_confirmation_de_commande_a_chaque_client",
           "h27_en_mountain_rescue_team_posts_the_same_safety_campaign_text_on_every_network",
           "h27_en_esports_team_community_manager_quotes_her_real_engagement_figures_to_a_large_passive_audience",
           "h27_en_vet_epidemiologist_posts_links_to_her_papers_and_leaves_hostile_comments_unanswered")
FAKE = ("h27_fr_mentor_print_on_demand_met_en_scene_des_conversations_avec_des_comptes_fantomes_crees_la_meme_semaine",
        "h27_fr_faux_chasseur_de_tetes_emmene_chaque_candidat_sur_whatsapp_et_fait_payer_des_frais_de_dossier",
        "h27_fr_vendeur_de_franchise_dark_kitchen_publie_des_cas_clients_copies_d_articles_de_presse",
        "h27_en_linkedin_ghostwriter_sells_an_engagement_pod_and_his_praise_comments_are_bought_in_varied_words",
        "h27_en_ai_art_course_seller_schedules_with_random_jitter_and_showcases_stolen_paintings",
        "h27_en_crypto_airdrop_hunter_hides_a_seed_phrase_grab_behind_a_free_wallet_check")
# The fakes the frozen release lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = (FAKE[0], FAKE[1], FAKE[2])
# No rule fires on a genuine account of this round.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The ghostwriter is held "uncertain" (hollow talk and converging habits, not the bought comments).
UNCERTAIN_FAKES = (FAKE[3],)
# The band a careful auditor gives, where the frozen release agrees: the six genuine, the AI-art seller, the airdrop
# hunter.
AUDITOR_BAND = {**{name: "likely_genuine" for name in GENUINE}, FAKE[4]: "likely_fake", FAKE[5]: "likely_fake"}
FIRST_POSTS = 12


def _posts_on(name: str, platform: str) -> list[dict]:
    return [post for post in own_posts(name) if post["platform"] == platform]


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H27_CASES, GENUINE, FAKE, max_posts=40)
    assert sum(30 <= len(document(name).get("audience", [])) <= 45 for name in H27_CASES) == 3
    rich = [name for name in GENUINE
            if sum(len(_posts_on(name, platform)) >= 8 for platform in {p["platform"] for p in own_posts(name)}) >= 2]
    assert len(rich) >= 4, rich


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_is_read_rightly(name):
    genuine_and_unaccused(name)


def test_an_archery_club_posts_each_announcement_word_for_word_on_both_networks_and_answers_each_question():
    name = GENUINE[0]
    facebook = {post["text"] for post in _posts_on(name, "facebook")}
    instagram = {post["text"] for post in _posts_on(name, "instagram")}
    assert len(facebook) == 8 and facebook < instagram
    asked = comments_matching(name, r"\?")
    assert len(asked) >= 6 and all(answered_after(name, comment) for comment in asked)


def test_a_planetarium_posts_its_own_pages_and_confirms_each_booking_with_the_same_dm():
    name = GENUINE[1]
    linked = [post for post in own_posts(name) if "planetarium.ville-pleumeur.fr/" in post["text"]]
    assert len(linked) > len(own_posts(name)) / 2
    text, people = same_dm_to_many(name)
    assert len(people) >= 4 and "réservation est confirmée" in text
    assert all(wrote_first(name, person) for person in people)  # a confirmation answers a booking, never a follow


def test_a_beekeeper_sends_every_buyer_the_same_confirmation_and_publishes_her_figures():
    name = GENUINE[2]
    text, people = same_dm_to_many(name)
    assert len(people) == 5 and "commande" in text.lower()
    assert all(wrote_first(name, person) for person in people)
    assert any("310 kg" in post["text"] for post in own_posts(name))
    audience = document(name)["audience"]
    years = {moment(member["created_at"]).year for member in audience}
    assert len(years) >= 5  # customers who joined over years, not in a week


def test_a_rescue_team_posts_each_campaign_text_on_all_three_networks():
    name = GENUINE[3]
    by_text = Counter(post["text"] for post in own_posts(name) if "#BeAdventureSmart" in post["text"])
    assert len(by_text) == 3 and set(by_text.values()) == {3}
    for text in by_text:
        assert {post["platform"] for post in own_posts(name) if post["text"] == text} == {"facebook", "mastodon",
                                                                                           "twitter"}
    assert sum(bool(re.search(r"\d", post["text"])) for post in _posts_on(name, "facebook")) >= 5


def test_an_esports_manager_reports_real_figures_and_her_audience_is_passive():
    name = GENUINE[4]
    tweets = _posts_on(name, "twitter")
    assert sum(bool(re.search(r"\d%|\d(\.\d)?k\b|\d,\d{3}", post["text"])) for post in tweets) >= 3
    assert any("fell from 7.2% to 4.1%" in post["text"] for post in tweets)  # a fall is reported too
    audience = document(name)["audience"]
    assert len(audience) == 40 and all(member["posts_count"] < 10 for member in audience)
    assert len({moment(member["created_at"]).year for member in audience}) >= 5
    text, people = same_dm_to_many(name)
    assert "partners@" in text and all(wrote_first(name, person) for person in people)


def test_a_scientist_links_her_papers_corrects_herself_and_leaves_hostile_comments_unanswered():
    name = GENUINE[5]
    assert sum("doi.org/" in post["text"] or "rvc.ac.uk/" in post["text"] for post in own_posts(name)) >= 10
    assert any("I was wrong" in post["text"] for post in own_posts(name))
    hostile = comments_matching(name, r"scare|pharma|fearmongering|misinformation")
    assert len(hostile) == 4 and not any(answered_after(name, comment) for comment in hostile)
    questions = [comment for comment in comments_matching(name, r"\?") if comment not in hostile]
    assert len(questions) >= 4 and all(answered_after(name, comment) for comment in questions)


def test_a_pod_mentor_talks_with_sock_puppets_created_the_same_week_and_ignores_requests_for_figures():
    name = FAKE[0]
    puppets = {"kevin.pod.reussite", "sarah_libre_2026", "mehdi.boss.pod", "julie.pod.mum"}
    by_puppets = [comment for comment in comments_of(name) if comment["author"] in puppets]
    assert len(by_puppets) >= 12 and all(comment["author_followers"] < 10 for comment in by_puppets)
    created = [moment(member["created_at"]) for member in document(name)["audience"] if member["handle"] in puppets]
    assert len(created) == 4 and max(created) - min(created) < moment("2026-01-08T00:00:00Z") - moment(
        "2026-01-01T00:00:00Z")
    assert sum(answered_after(name, comment) for comment in by_puppets) >= 10
    critics = comments_matching(name, r"chiffre|tableau de bord|bizarre|il n'y en a pas")
    assert len(critics) >= 4 and not any(answered_after(name, comment) for comment in critics)
    text, people = same_dm_to_many(name)
    assert "1 997 €" in text and len(people) == 4


def test_a_fake_headhunter_moves_every_candidate_to_whatsapp_and_charges_a_fee():
    name = FAKE[1]
    text, people = same_dm_to_many(name)
    assert "WhatsApp" in text and len(people) == 6
    assert any("290 €" in message["text"] for message in messages_of(name, "sent"))
    assert not any(re.search(r"\b(client|entreprise) (est|s'appelle)\b", post["text"]) for post in own_posts(name))
    exposing = comments_matching(name, r"frais de dossier|ne fait payer|Personne ne connaît")
    assert len(exposing) >= 3 and not any(answered_after(name, comment) for comment in exposing)


def test_a_ghost_kitchen_seller_copies_case_studies_and_never_answers_the_readers_who_say_so():
    name = FAKE[2]
    cases = [post for post in own_posts(name) if post["text"].startswith("Cas client")]
    assert len(cases) == 3
    for post in cases:
        contested = [comment for comment in post["comments"]
                     if re.search(r"article|reportage|jamais entendu", comment["text"])]
        assert contested and not any(answered_after(name, comment) for comment in contested)
    assert any("5 000 €" in message["text"] for message in messages_of(name, "sent"))


def test_a_ghostwriters_praise_is_bought_in_varied_words_from_tiny_accounts():
    name = FAKE[3]
    bought = [comment for comment in comments_of(name) if comment.get("author_followers") is not None]
    assert len(bought) >= 12 and all(comment["author_followers"] <= 15 for comment in bought)
    assert len({comment["text"] for comment in bought}) == len(bought)  # every bought comment in its own words
    exposing = comments_matching(name, r"pod|bought|under 20 followers")
    assert len(exposing) >= 3 and not any(answered_after(name, comment) for comment in exposing)
    text, people = same_dm_to_many(name)
    assert "$297" in text and len(people) == 5


def test_an_ai_art_seller_posts_at_jittered_hours_and_ignores_the_artists_he_copies():
    name = FAKE[4]
    hours = [moment(post["created_at"]).hour for post in own_posts(name)]
    assert len(set(hours)) >= 8  # no clockwork: a scheduler with random jitter
    stolen = comments_matching(name, r"my painting|my commission|our work|ArtStation")
    assert len(stolen) >= 3 and not any(answered_after(name, comment) for comment in stolen)
    assert not any(re.search(r"\$\d", post["text"]) for post in own_posts(name) if post["platform"] == "instagram")


def test_an_airdrop_hunter_asks_for_the_recovery_phrase_behind_a_free_check():
    name = FAKE[5]
    text, people = same_dm_to_many(name)
    assert "recovery phrase" in text and len(people) == 4
    assert all(person in {comment["author"] for comment in comments_matching(name, r"^CHECK$")} | {"@rekt_again"}
               for person in people)
    assert comments_matching(name, r"seed phrase")
    assert len(own_replies(name)) >= 4
