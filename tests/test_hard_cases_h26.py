"""Twenty-sixth round of hand-written hard cases, on one reading: telling an *answer* from a reply that only sends
people somewhere (a page, a link, a price, a product, a group, a video). *Specificity*: honest people whose replies
are full of links, prices and pointers that *are* the answer. A ceramics studio near Tours that answers "combien ?" and
"où l'acheter ?" with the price (38 € le bol, 24 € la tasse, 420 € les douze assiettes) and the shop page, and
publishes its half-year sales and breakage (412 pieces, 61 % online, 3 % broken); an open-source maintainer in Galway
who answers most questions with a link to her project's docs or changelog, after saying in a sentence what it says,
owns a bug in public and refuses a "powered by" banner by DM; a public water utility in Loir-et-Cher that points every
outage to its network-status page while answering each household (a 91-year-old without water, brown water, a
doorstep scam) by street and by DM, and explains its 4.1 % price rise and its 18.6 % leaks; a Nova Scotia novelist who
answers "where can I buy it?" with her publisher's page, a signed stock at her local bookshop, the US edition and the
library; a Breton folk trio that answers "prochaine date ?" with the venue's ticket page and price, publishes its fee
(900 € for a village fête), its Bandcamp share and its CD sales (212), and refuses to play for "visibility"; a
wildfire-smoke scientist in Kelowna who answers "source?" with her lab's publication page (paper, year, range,
median), corrects a claim of hers, and leaves two trolls unanswered. *New dodges*: an "AI agency" owner whose every
reply sends the asker somewhere he sells, in a new pointer each time (the pinned video, the link in bio, part 2, a
shortened link, a booking page, a Discord, a link with tracking codes, "comment AGENCY", a Telegram, a linktree, the
price and a deadline), never a client or a figure; a French "trader" who sends every question and every critic to his
Telegram, his WhatsApp, his "VIP", his Sunday live or a booking page, DMs every new follower the group's link, and whose
audience of 35 was created in the same week of August 2026; a "Revenue Architect" whose answer to every request for a
number is a free audit, a call, a replay or a scorecard, each link with its own tracking code, and who DMs the same
opener to every new connection; a KDP trainer whose answer to "how much does it earn?" is the price of her course and a
deadline that moves back every week (697 € "jusqu'à dimanche" from June to October, then 597 € "jusqu'à ce soir"); a
"hormone reset" coach who answers every question and every doctor with a video, a masterclass, a replay, a podcast
episode or a webinar, never a source, and sells unlabelled drops; a fake job offer ("je recrute 5 assistantes
virtuelles, 2 000 à 4 000 €/mois") whose every question about the salary or the employer is sent to an information
meeting, an application page or a webinar, and whose "job" is a 1 490 € training.

The twelve accounts in ``tests/hard_cases/h26_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors, media, own replies on all
twelve, DMs both ways and dated follows on all twelve, unfollows on eleven, snapshots on six, audience samples of 32
and 35 on two (the studio's customers, the trader's followers); on Instagram, TikTok, YouTube, Threads, Bluesky,
Mastodon, X, LinkedIn, Facebook and a blog. All six genuine accounts have eight posts of their own or more on each of
two networks, and five of the six give a link or a price in most of their replies.

Scored with the frozen release credscore-default@5f45dce74f53 (``credscore score --format json
tests/hard_cases/h26_*.json`` from the frozen checkout at /tmp/wt26). No case was edited after scoring.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the six genuine
accounts ``likely_genuine`` (0.0 but the scientist's 0.4), no rule fired on any, and none ``likely_fake`` on a thinner
view (first twelve posts, no bio, no DM, all three) or on one network alone (0.0 to 3.8, but the one below). The
scientist is the finding of the round:
conversation.generic_reply_share 83 % and reply_share 7 % (both towards fake): her answers to "source?", each naming
the paper, its year and its range before the link to her lab's publication page, are read as "the account's own page
given to most of them", that is as replies that say nothing; her thinner view (first twelve posts, no bio, no DM) is
40.7 ``uncertain``. The studio, the maintainer, the utility, the novelist and the trio give links and prices to most
readers and are read as in conversation (generic_reply_share 0 to 8 %, reply_share 41 % to 53 %).

Re-scored by the lead after the round (session 19, seen, not independent): a reply that gives a page of the account's
own site that no other reply gives, with a figure or a question of its own beside it, answers there and is no
pointer. The scientist is 0.0 (generic_reply_share 0 %, reply_share 43 %), and 0.0 on every thinner view; every other
case keeps its band. The fake job offer goes from 0.9 to 0.0 (generic_reply_share 73 % to 18 %): several of its
replies give a page of their own with a figure ("un entretien de 15 minutes", "le module 2"), and it still escapes.

- ``h26_en_revenue_architect_answers_every_question_with_a_free_audit_link_carrying_tracking_codes`` (fake): 70.0,
  ``likely_fake``, probability 0.02, rule ``auto-dm-new-followers`` (template_share 83 %: the same opener to five new
  connections); hooks 12 %, reframes 7 %; generic_reply_share 50 %. Right band, for the DM opener; without his DMs
  1.5 ``likely_genuine``, on X alone 1.9.
- ``h26_fr_faux_trader_envoie_chaque_question_et_chaque_critique_vers_son_telegram_ou_son_whatsapp`` (fake): 65.0,
  ``likely_fake``, probability 0.02, rules ``pitch-dms-to-new-followers`` and ``bought-audience-not-genuine``
  (mass_follower_share 46 %; batch_created_share 0 although all 35 followers were created between 10 and 15 August
  2026). Right band, for the DMs and the audience, not for the pointers: reply_share 33 % counts "viens sur le
  Telegram" as conversation, generic_reply_share 18 %. On TikTok alone (no DM, no audience) 0.9 ``likely_genuine``.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h26_en_ai_agency_guru_sends_every_question_somewhere_he_sells_in_a_new_pointer_each_time`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule. reply_share 49 % (towards genuine) counts as conversation nineteen
  replies that each send the asker elsewhere (pinned video, part 2, bit.ly, calendly, Discord, a link with utm codes,
  "comment AGENCY", t.me, linktree, "$997 until Sunday"); generic_reply_share only 11 %: a pointer worded anew each
  time, and to a different place each time, is not read as a pointer. template_share 60 % (towards fake) is
  outweighed. Callouts 0 although readers say the "beginner" is his cousin, the templates are free Zapier ones, and
  "every video ends with a link".
- ``h26_en_hormone_reset_coach_answers_every_question_with_a_video_a_webinar_or_a_replay_never_a_source`` (fake): 0.0,
  ``likely_genuine``, probability 0.00, no rule. reply_share 47 % (towards genuine), generic_reply_share 0: "watch my
  video", "episode 42 of the podcast", "the Q&A replay", "the free webinar" are read as answers; shortener 33 % and
  reframes 6 % are too weak. Callouts 1 reader although a doctor, a dietitian, a nurse and two customers (a racing
  heart since the drops) contest her, and an FDA warning letter is cited.
- ``h26_fr_fausse_offre_d_emploi_d_assistante_virtuelle_qui_renvoie_chaque_question_vers_une_formation_payante``
  (fake): 0.9, ``likely_genuine``, probability 0.01, no rule. generic_reply_share 73 % and reply_share 11 % (both
  towards fake: the pointers are read here) and earnings claims 6 %, but not enough; the fake job offer itself (a
  "recruitment" whose price is a 1 490 € training, "frais d'inscription" for a job) is not read, and callouts count
  2 readers of the seven who say so. On LinkedIn alone, or its first twelve posts: 35.0 ``uncertain``
  (hollow-talk-not-genuine).

Uncertain: ``h26_fr_formatrice_kdp_repond_a_chaque_question_par_le_prix_et_une_date_limite_qui_recule_chaque_semaine``
(fake): 35.0, ``uncertain``, probability 0.00, rule ``contested-and-silent`` (3 posts, 2 readers). reply_share 41 %
(towards genuine) counts as conversation her answers that give only the price and a deadline (697 € "jusqu'à
dimanche", repeated from June to October); generic_reply_share 0: her price is not read as a pointer because she does
not give the same page each time. Her first twelve posts, and each network alone, are 0.0.
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

H26_CASES = sorted(path.stem for path in HARD_CASES.glob("h26_*.json"))

GENUINE = ("h26_fr_atelier_ceramique_repond_combien_et_ou_acheter_avec_le_prix_et_la_page_boutique",
           "h26_en_open_source_maintainer_answers_questions_with_links_to_her_docs_and_changelog",
           "h26_fr_regie_des_eaux_renvoie_chaque_coupure_a_sa_page_d_etat_et_repond_a_chaque_cas",
           "h26_en_novelist_gives_readers_her_publishers_page_and_bookshops_when_asked_where_to_buy",
           "h26_fr_trio_de_musique_bretonne_repond_prochaine_date_avec_la_page_de_billetterie",
           "h26_en_smoke_health_scientist_answers_source_with_her_labs_publication_page")
FAKE = ("h26_en_ai_agency_guru_sends_every_question_somewhere_he_sells_in_a_new_pointer_each_time",
        "h26_fr_faux_trader_envoie_chaque_question_et_chaque_critique_vers_son_telegram_ou_son_whatsapp",
        "h26_en_revenue_architect_answers_every_question_with_a_free_audit_link_carrying_tracking_codes",
        "h26_fr_formatrice_kdp_repond_a_chaque_question_par_le_prix_et_une_date_limite_qui_recule_chaque_semaine",
        "h26_en_hormone_reset_coach_answers_every_question_with_a_video_a_webinar_or_a_replay_never_a_source",
        "h26_fr_fausse_offre_d_emploi_d_assistante_virtuelle_qui_renvoie_chaque_question_vers_une_formation_payante")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = (FAKE[0], FAKE[4], FAKE[5])
# No rule fires on a genuine account of this round.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The KDP trainer is held "uncertain" by contested-and-silent (two of the readers who contest her are read).
UNCERTAIN_FAKES = (FAKE[3],)
# The band a careful human auditor gives, for the cases where credscore agrees: the six genuine accounts, and the
# trader and the revenue architect (likely_fake, though for their DMs and the trader's audience, not their pointers).
AUDITOR_BAND = {**{name: "likely_genuine" for name in GENUINE}, FAKE[1]: "likely_fake", FAKE[2]: "likely_fake"}
FIRST_POSTS = 12

# A reply that carries a link (a URL, or a bare domain with a path) or a price.
LINK_OR_PRICE = re.compile(r"https?://|\b[\w-]+\.[a-z]{2,}/|\d[\d ,.]*\s?€|[$£]\d")


def _posts_on(name: str, platform: str) -> list[dict]:
    return [post for post in own_posts(name) if post["platform"] == platform]


def _authors(comments: list[dict]) -> set[str]:
    return {comment["author"] for comment in comments}


def _replies_to(name: str, authors: set[str]) -> list[dict]:
    """The account's public replies addressed to one of ``authors``."""
    return [reply for reply in own_replies(name) if any(reply["text"].lstrip("@").startswith(author.lstrip("@"))
                                                        for author in authors)]


def _unanswered(name: str, comments: list[dict]) -> bool:
    return bool(comments) and not any(answered_after(name, comment) for comment in comments)


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H26_CASES, GENUINE, FAKE, max_posts=40)
    assert sum(30 <= len(document(name).get("audience", [])) <= 45 for name in H26_CASES) == 2
    rich = [name for name in GENUINE
            if sum(len(_posts_on(name, platform)) >= 8 for platform in {p["platform"] for p in own_posts(name)}) >= 2]
    assert len(rich) == 6  # every genuine account has eight posts or more on each of two networks
    # Most replies of at least four genuine accounts carry a link or a price: the pointer *is* the answer.
    pointing = [name for name in GENUINE
                if sum(bool(LINK_OR_PRICE.search(reply["text"])) for reply in own_replies(name))
                > len(own_replies(name)) / 2]
    assert len(pointing) >= 4, pointing


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_is_read_rightly(name):
    genuine_and_unaccused(name)


# What the genuine accounts leave unanswered, by design: a joke, and two trolls.
IGNORED = {GENUINE[4]: {"lea.danse"}, GENUINE[5]: {"freedom_bc_88", "trolling4truth.bsky.social"}}


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_answers_every_question(name):
    asked = comments_matching(name, r"\?")
    assert len(asked) >= 6
    unanswered = {comment["author"] for comment in asked if not answered_after(name, comment)}
    assert unanswered <= IGNORED.get(name, set()), unanswered


# Honest people whose answers are a link or a price.


def test_a_studio_answers_how_much_and_where_with_the_price_and_its_shop_page():
    name = GENUINE[0]
    askers = _authors(comments_matching(name, r"combien|prix|où est-ce qu'on peut|à vendre"))
    answers = _replies_to(name, askers)
    assert len(askers) >= 4
    # The answer to "how much? where?" is the price and the page where it is sold.
    assert sum("€" in reply["text"] and "atelier-gresdeloire.fr/boutique/" in reply["text"] for reply in answers) >= 4
    assert any("412 pièces" in post["text"] and "3 %" in post["text"] for post in own_posts(name))
    # Its followers are customers who came over years, not a batch.
    audience = document(name)["audience"]
    assert len(audience) == 32 and len({member["created_at"][:10] for member in audience}) >= 25
    assert len({member["followed_at"][:4] for member in audience}) >= 5


def test_a_maintainer_says_what_the_docs_say_and_links_them():
    name = GENUINE[1]
    linked = [reply for reply in own_replies(name) if re.search(r"readthedocs\.io|tidewater-py\.org/changelog",
                                                                 reply["text"])]
    assert len(linked) >= 5
    # Each link comes with a sentence of its own, not a bare "see the docs".
    assert all(len(re.sub(r"https?://\S+|\S+\.\S+/\S*", "", reply["text"]).split()) >= 6 for reply in linked)
    assert any(post["text"].startswith("Bug found in 3.2.0") for post in own_posts(name))
    refused = next(message for message in messages_of(name, "sent") if message["counterpart"].startswith("vendor"))
    assert "don't put ads" in refused["text"]


def test_a_utility_points_outages_to_its_status_page_and_answers_each_household():
    name = GENUINE[2]
    status = [post for post in own_posts(name) if "etat-du-reseau.eau-valdecher.fr" in post["text"]]
    assert len(status) >= 4 and {post["platform"] for post in status} == {"twitter", "facebook"}
    # Households get their own answer, by street or by DM, not the link again.
    personal = [reply for reply in own_replies(name) if "etat-du-reseau" not in reply["text"]]
    assert len(personal) >= 12
    assert wrote_first(name, "Martine Gasnier") and "rue des Lilas" in messages_of(name, "sent")[0]["text"]
    assert any("4,1 %" in post["text"] and "2,3 points" in post["text"] for post in own_posts(name))


def test_a_novelist_answers_where_to_buy_with_her_publishers_page_and_bookshops():
    name = GENUINE[3]
    askers = _authors(comments_matching(name, r"where can|preorder|available in|signed|read it without"))
    answers = _replies_to(name, askers)
    assert sum(bool(LINK_OR_PRICE.search(reply["text"])) for reply in answers) >= 4
    assert sum("harbourlightbooks.com" in reply["text"] for reply in own_replies(name)) >= 3
    declined = next(message for message in messages_of(name, "sent") if message["counterpart"] == "promo.bookboost")
    assert declined["text"] == "No thank you."


def test_a_trio_answers_next_date_with_the_ticket_page_and_publishes_its_fee():
    name = GENUINE[4]
    askers = _authors(comments_matching(name, r"prochaine date|quand en concert|revenez quand|billets"))
    answers = _replies_to(name, askers)
    assert len(answers) >= 3 and all(re.search(r"https://", reply["text"]) for reply in answers)
    assert any("900 €" in post["text"] for post in own_posts(name))
    assert any("212 CD" in post["text"] for post in own_posts(name))
    refused = next(message for message in messages_of(name, "sent")
                   if message["counterpart"] == "Festival Vents d'Ouest")
    assert "sans cachet" in refused["text"]


def test_a_scientist_answers_source_with_her_labs_publication_page_and_says_what_it_shows():
    name = GENUINE[5]
    contested = comments_matching(name, r"source")
    assert len(_authors(contested)) >= 3 and all(answered_after(name, comment) for comment in contested)
    answers = _replies_to(name, _authors(contested))
    assert all("smokehealthlab.ubc.ca" in reply["text"] for reply in answers)
    assert all(re.search(r"\d{4}|%|Table|preprint", reply["text"]) for reply in answers)  # the paper, not just a link
    assert any(post["text"].startswith("What I got wrong") for post in own_posts(name))
    trolls = [comment for comment in comments_of(name) if comment["author"] in IGNORED[name]]
    assert len(trolls) >= 3 and _unanswered(name, trolls)


# Fakes with new dodges: every answer sends the asker somewhere.


def test_an_ai_agency_guru_sends_every_asker_somewhere_in_a_new_pointer_each_time():
    name = FAKE[0]
    replies = own_replies(name)
    assert len(replies) >= 15 and len({reply["text"] for reply in replies}) == len(replies)
    places = {"pinned video", "link in my bio", "part 2", "bit.ly", "calendly", "discord", "utm_", "comment AGENCY",
              "t.me", "linktr.ee", "webinar", "replay", "DM me", "the video I posted", "tap my link"}
    used = {place for place in places if any(place.lower() in reply["text"].lower() for reply in replies)}
    assert len(used) >= 12
    # None names a client or a client's figure; readers who ask for one never get it.
    askers = _authors(comments_matching(name, r"name one|be specific|actual revenue|give us one number"))
    assert len(askers) >= 3 and not any(re.search(r"[$]\d|\d+ clients|client is|revenue of", reply["text"])
                                        for reply in _replies_to(name, askers))
    assert sum(bool(re.search(r"[Ff]inal call|close in 48 hours", post["text"])) for post in own_posts(name)) >= 2


def test_a_trader_sends_every_question_to_his_telegram_or_whatsapp_and_his_audience_is_one_week_old():
    name = FAKE[1]
    elsewhere = [reply for reply in own_replies(name)
                 if re.search(r"t\.me|WhatsApp|canal|groupe|VIP|calendly|live|MP|bio", reply["text"])]
    assert len(elsewhere) == len(own_replies(name)) >= 10
    text, people = same_dm_to_many(name)
    assert "t.me/kenzo_signaux" in text and len(people) >= 6
    for follow in follows_of(name, "in"):
        welcome = next(message for message in messages_of(name, "sent")
                       if message["counterpart"] == follow["counterpart"])
        assert moment(welcome["created_at"]) - moment(follow["created_at"]) <= timedelta(minutes=5)
    audience = document(name)["audience"]
    assert len(audience) == 35 and all(member["created_at"].startswith("2026-08-1") for member in audience)
    assert any("bandeau DEMO" in comment["text"] for comment in comments_of(name))


def test_a_revenue_architect_answers_every_request_for_a_number_with_a_tracked_audit_link():
    name = FAKE[2]
    replies = own_replies(name)
    links = [re.search(r"\S+\.(?:co|com|ly|so)/\S+", reply["text"]) for reply in replies]
    assert all(links) and len({link.group(0) for link in links if link}) == len(replies)  # a new code each time
    assert sum("utm_" in reply["text"] or "ref=" in reply["text"] or "src=" in reply["text"]
               for reply in replies) >= 5
    # Business jargon and no business figure (no rate, no amount) in any post of his own.
    assert not any(re.search(r"[£$]\d|win rate|conversion|ACV|\d+\s?% (?:growth|increase|more)", post["text"])
                   for post in own_posts(name))
    text, people = same_dm_to_many(name)
    assert "complimentary audits" in text and len(people) >= 5
    # The "free audit" was a pitch: the one who asked for its written diagnosis was quoted a price instead.
    assert wrote_first(name, "Marcus Bell") is False
    assert any("£6,000" in message["text"] for message in messages_of(name, "sent")
               if message["counterpart"] == "Marcus Bell")


def test_a_kdp_trainer_answers_with_her_price_and_a_deadline_that_moves_back_every_week():
    name = FAKE[3]
    deadlines = [post for post in own_posts(name) + own_replies(name)
                 if re.search(r"jusqu'à (dimanche|vendredi|ce soir)|dernières heures|dernière ligne droite|"
                              r"disparaît|ensuite", post["text"])]
    assert len({post["created_at"][:7] for post in deadlines}) >= 4  # the "last chance" comes back every month
    priced = [reply for reply in own_replies(name) if "€" in reply["text"]]
    assert len(priced) >= 4
    askers = _authors(comments_matching(name, r"combien|montant|chiffre|titre"))
    assert len(askers) >= 3 and not any(re.search(r"\d+ ventes|exemplaires", reply["text"])
                                        for reply in _replies_to(name, askers))
    refusal = next(message for message in messages_of(name, "sent") if message["counterpart"] == "Brigitte Lanoë")
    assert wrote_first(name, "Brigitte Lanoë") and "30 carnets" in refusal["text"]


def test_a_hormone_coach_answers_every_question_with_a_video_or_a_webinar_and_never_a_source():
    name = FAKE[4]
    replies = own_replies(name)
    elsewhere = r"video|masterclass|training|replay|webinar|episode|guide|call|Part 2|Message me|group|Program"
    assert all(re.search(elsewhere, reply["text"], re.IGNORECASE) for reply in replies)
    assert not any(re.search(r"doi|PMID|journal|study|et al", reply["text"], re.IGNORECASE) for reply in replies)
    doctors = [comment for comment in comments_of(name) if comment["author"] in {"dr.amy.lin.md", "nurse.jen.rn"}]
    assert len(doctors) >= 3 and _unanswered(name, doctors)
    assert any("proprietary blend" in message["text"] for message in messages_of(name, "sent"))
    # She stopped following the dietitian the day of her question.
    dropped = next(follow for follow in follows_of(name, "out") if follow["counterpart"] == "dietitian.dana")
    asked = next(comment for comment in comments_of(name) if comment["author"] == "dietitian.dana")
    assert moment(dropped["ended_at"]) - moment(asked["created_at"]) <= timedelta(hours=1)


def test_a_fake_job_offer_sends_every_question_on_pay_to_a_meeting_and_the_job_is_a_training():
    name = FAKE[5]
    assert sum(bool(re.search(r"[Jj]e recrute|postes|places", post["text"])) for post in own_posts(name)) >= 4
    askers = _authors(comments_matching(name, r"salaire|taux horaire|payé|entreprise qui recrute|versé par"))
    answers = _replies_to(name, askers)
    assert len(answers) >= 4 and not any(re.search(r"\d+\s?€", reply["text"]) for reply in answers)
    fee = next(message for message in messages_of(name, "sent") if message["counterpart"] == "Sophie Lemaire")
    assert "1 490 €" in fee["text"] and wrote_first(name, "Sophie Lemaire")
    assert any("frais d'inscription" in post["text"] for post in own_posts(name))
