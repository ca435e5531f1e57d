"""Twenty-second round of hand-written hard cases, on *specificity* first with people who use each network very
differently: one network plainly formulaic, promotional or silent, another holding the substance and the conversation.
A sea-kayak guide whose Instagram is only trip dates and a booking link while his Mastodon holds long posts on tides,
seals and his season's takings; a hospital pharmacist whose Threads is a fixed-format shortage alert while her Bluesky
argues about supply chains and corrects her own mistakes; a driving instructor whose Facebook is only "congratulations,
passed first time" while her YouTube explains test routes and answers learners; a midwife whose Instagram is soft
quotes and hashtags while her Facebook page answers with the law and the figures; a wine grower whose Instagram is
prices and "commande en MP" while his blog gives yields, copper doses and his 6 % margin; a goat farmer whose TikTok
is wordless clips seen a million times by a passive audience while her Facebook page answers prices and opening hours.
The fakes spread their habits over networks or hide them behind what looks like evidence: a "broke to seven figures"
mentor whose origin story is a different one on each network (evicted in Phoenix in 2019 on YouTube, living in his
car in Denver in 2020 on TikTok, leaving Deloitte in 2021 on LinkedIn); an abundance coach who answers warmly on
Bluesky only and is silent on TikTok, where buyers ask for the refund she refuses; an SEO seller whose honest blog,
written under contract by a freelance who says so in its comments, says "we don't promise rankings" while his
Instagram sells a "#1 on Google in 30 days, GUARANTEED" for $1,497 by Zelle or wire; an e-commerce coach who publishes
his "Stripe figures" every month, screenshots that readers show are Stripe's test mode (the "données de test" banner,
card 4242 4242 4242 4242, "test_" payment ids); an AI-copywriting trainer who unlocks each module only when the buyer
posts a public testimonial "with a figure" under her latest post; a financial-freedom coach who keeps one habit per
network (links only on X, buzzwords without a figure on LinkedIn, engagement bait on Facebook, the same DM to every
new Instagram follower within seconds).

The twelve accounts in ``tests/hard_cases/h22_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors, media, own replies, DMs both
ways on all twelve, dated follows on six, unfollows on six, snapshots on six, audience samples of 36, 34 and 33 on
three; on Instagram, TikTok, YouTube, Threads, Bluesky, X, LinkedIn, Facebook, Mastodon and a blog. Each genuine
account has nine or ten posts of its own on each of its two networks.

Scored with credscore-default@8c4fdb9ed7dd (``credscore score --format json tests/hard_cases/h22_*.json``).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): all six genuine
accounts ``likely_genuine`` at 0.0 (probability 0.00), no rule fired on any, nor on a thinner view (first twelve posts,
no bio, no DM, all three) or on one network alone; the highest of those views is 2.8 (the pharmacist's and the kayak
guide's "all three", the midwife's Instagram alone). The formulaic network alone is never accused: the pharmacist's
Threads alone 1.7, the instructor's Facebook alone 1.7, the kayak guide's Instagram alone 1.7, the midwife's Instagram
alone 2.8, the wine grower's Instagram alone 1.7, the goat farmer's TikTok alone 1.0. Four fakes ``likely_fake``:

- ``h22_fr_coach_liberte_financiere_une_habitude_par_reseau_liens_x_jargon_linkedin_mp_auto_instagram``: 100.0,
  probability 0.98, rules ``auto-dm-new-followers``, ``sales-pitch-dms``, ``pitch-dms-to-new-followers``,
  ``hollow-talk-not-genuine``, ``bought-audience-not-genuine``. Spreading one habit per network does not hide him: each
  network alone is caught or held (LinkedIn 98.5, ``hollow-talk-not-genuine``, buzzword density 33; Instagram 76.4,
  ``bought-audience-not-genuine``, empty_share 33 %; Facebook and X 60.0, ``hollow-talk-and-silence``,
  ``narrow-history``, ``thin-history``).
- ``h22_en_abundance_coach_warm_on_bluesky_only_silent_to_refund_requests_on_tiktok``: 65.0, probability 0.58, rules
  ``sales-pitch-dms``, ``fake-on-one-platform`` (TikTok alone 100.0, Bluesky alone 2.8), ``bought-audience-not-genuine``
  (empty_share 38 %, +3.16; unexplained_growth_share 66 %). Exactly on the threshold. batch_created_share is 0 although
  the 13 empty followers sampled were all created between 3 and 5 November 2025, and callouts counts one reader on two
  posts although six readers (amber.k, lena.refund, jess_really, nurse.dee, sam.budget, cfp_real_talk) ask for
  refunds, report her to the FTC or warn others, none answered.
- ``h22_en_seo_guarantee_seller_keeps_a_ghostwritten_honest_blog_sells_on_instagram``: 65.0, probability 0.03, rules
  ``sales-pitch-dms``, ``fake-on-one-platform`` (Instagram alone 100.0, blog alone 2.8), ``self-proclaimed-title``.
  Fragile: without his DMs 7.8, without his bios 7.8 (only ``sales-pitch-dms``). The contradiction between the blog
  ("anyone who guarantees a position is either lying") and the Instagram bio ("GUARANTEED"), and the ghostwriter's own
  comment, are not read; callouts 1 reader.
- ``h22_fr_formatrice_redaction_ia_exige_un_temoignage_chiffre_pour_debloquer_chaque_module``: 65.0, probability 0.34,
  one rule, ``fake-on-one-platform`` (YouTube alone 98.1, ``hollow-talk-not-genuine``; Instagram alone 3.5). Reasons:
  reply_share 0 (+2.68), template_share 89 % (+2.39, the unlock DM) with pitch_share 0, claim_share 12 % (+1.66),
  generic_reply_share 100 %. The mechanism (a testimonial "avec un chiffre" required to unlock module 3, sent to eight
  buyers who then praise her with a figure) is not read: the forced testimonials are read as others' comments, and the
  four former students who retract theirs are not callouts (0). Her first twelve posts 27.3; without her bios 35.6.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h22_en_broke_to_seven_figures_mentor_tells_a_different_origin_story_on_each_network`` (fake): 2.4,
  ``likely_genuine``, probability 0.02, no rule (2.8 since "last month" is read as a period: claim_share 6 %).
  Reasons: template_share 78 % (+2.00, the "$1,997 … Payment link" DM)
  with pitch_share 0, reply_share 10 % (+1.40), comments_per_like 0, hook_share 6 % ("… Agree?"). earnings_claims 0
  although his posts say "I made $94,000 last month", "from zero to $1.2M", "Marcus went from $0 to $8k/month" and his
  bio "broke ➡️ 7 figures"; callouts 0 although seven readers point out the three origin stories, the Deloitte years, the
  Stripe demo dashboard and a refused refund (he answers two of them with "haters gonna hate" and "stay focused on YOUR
  journey", which seem to count as answers). The contradiction between networks is not read. Eight follow-then-unfollow
  churns are too few to measure (follow_churn_share not measurable). Each network alone passes too: TikTok 4.1, YouTube
  2.8, LinkedIn too thin to score.
- ``h22_fr_ecommercant_publie_ses_chiffres_stripe_en_mode_test`` (fake): 1.7, ``likely_genuine``, probability 0.02, no
  rule. Reasons: template_share 75 % (+1.90, the 1 997 € DM) with pitch_share 0; business_metrics.quantified_rate 14.87
  (−1.70): his invented monthly revenue, conversion rate, margin and acquisition cost count *for* him; reply_share 11 %,
  claim_share 6 %. Callouts 0 although six readers say the screenshots are Stripe's test mode (the banner, card 4242,
  "test_" ids), ask for the shop's name (never given) or say 31 % net margin is unheard of; his one public answer is
  "Les jaloux cherchent toujours le détail". His TikTok alone 60.0 (``hollow-talk-not-genuine``,
  ``hollow-talk-without-broadcasting``, ``narrow-history``, ``thin-history``); his LinkedIn alone 1.0: the figures
  clear him.

Read rightly: the six genuine accounts, whose formulaic network (a fixed alert format, a booking link on every post,
a congratulation per pupil, quotes and hashtags, a price per post, wordless clips) is balanced by the other, and whose
top model reasons are small (reply_share, comments_per_like, reframe_share, each under +0.9).
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
    follows_of,
    genuine_and_unaccused,
    messages_of,
    moment,
    own_posts,
    own_replies,
    rules_fired,
    same_dm_to_many,
    variant,
    verdict,
    wrote_first,
)

H22_CASES = sorted(path.stem for path in HARD_CASES.glob("h22_*.json"))

GENUINE = ("h22_en_sea_kayak_guide_instagram_only_booking_dates_mastodon_long_posts",
           "h22_en_hospital_pharmacist_formulaic_shortage_alerts_on_threads_argues_on_bluesky",
           "h22_en_driving_instructor_facebook_only_pass_congratulations_youtube_explains",
           "h22_fr_sage_femme_instagram_citations_et_hashtags_facebook_repond_precisement",
           "h22_fr_vigneron_instagram_prix_et_commandes_en_mp_carnet_de_vigne_chiffre",
           "h22_fr_chevriere_tiktok_clips_muets_geants_facebook_repond_prix_et_horaires")
FAKE = ("h22_en_broke_to_seven_figures_mentor_tells_a_different_origin_story_on_each_network",
        "h22_en_abundance_coach_warm_on_bluesky_only_silent_to_refund_requests_on_tiktok",
        "h22_en_seo_guarantee_seller_keeps_a_ghostwritten_honest_blog_sells_on_instagram",
        "h22_fr_ecommercant_publie_ses_chiffres_stripe_en_mode_test",
        "h22_fr_formatrice_redaction_ia_exige_un_temoignage_chiffre_pour_debloquer_chaque_module",
        "h22_fr_coach_liberte_financiere_une_habitude_par_reseau_liens_x_jargon_linkedin_mp_auto_instagram")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h22_en_broke_to_seven_figures_mentor_tells_a_different_origin_story_on_each_network",
                  "h22_fr_ecommercant_publie_ses_chiffres_stripe_en_mode_test")
# No rule fires on any genuine account of this round, nor on a thinner or one-network view of one.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# No fake of this round is held "uncertain".
UNCERTAIN_FAKES: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {name: "likely_genuine" for name in GENUINE} | {
    name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES}
FIRST_POSTS = 12

# Each genuine account's formulaic network, and the one that holds its substance and its conversation.
NETWORKS = {GENUINE[0]: ("instagram", "mastodon"), GENUINE[1]: ("threads", "bluesky"),
            GENUINE[2]: ("facebook", "youtube"), GENUINE[3]: ("instagram", "facebook"),
            GENUINE[4]: ("instagram", "blog"), GENUINE[5]: ("tiktok", "facebook")}


def _posts_on(name: str, platform: str) -> list[dict]:
    return [post for post in own_posts(name) if post["platform"] == platform]


def _replies_on(name: str, platform: str) -> list[dict]:
    return [reply for reply in own_replies(name) if reply["platform"] == platform]


def _mean_length(posts: list[dict]) -> float:
    return sum(len(post["text"]) for post in posts) / len(posts)


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H22_CASES, GENUINE, FAKE, max_posts=40)
    assert sum(len(document(name).get("audience", [])) >= 30 for name in H22_CASES) == 3


@pytest.mark.parametrize("name", GENUINE)
def test_a_genuine_account_uses_one_network_formulaically_and_talks_on_the_other(name):
    formulaic, substantive = NETWORKS[name]
    plain, rich = _posts_on(name, formulaic), _posts_on(name, substantive)
    assert len(plain) >= 8 and len(rich) >= 8
    assert _mean_length(rich) > 2 * _mean_length(plain)  # the substance is written on one network only …
    assert len(_replies_on(name, substantive)) >= 2  # … and so is the conversation
    # Its formulaic network, read alone, is not accused.
    assert variant(name, platform=formulaic).band == "likely_genuine"
    genuine_and_unaccused(name)


# Genuine people whose formulaic network could look like a fake expert's when read alone.


def test_a_kayak_guide_posts_only_dates_and_a_booking_link_on_instagram():
    name = GENUINE[0]
    booking = "https://helfordseakayak.co.uk/book"
    assert all(booking in post["text"] for post in _posts_on(name, "instagram"))
    assert not any(booking in post["text"] for post in _posts_on(name, "mastodon"))
    assert any("£41,300" in post["text"] for post in _posts_on(name, "mastodon"))  # his season's takings and costs
    asked = comments_matching(name, r"\?")
    assert sum(answered_after(name, comment) for comment in asked) >= 3


def test_a_pharmacist_posts_fixed_format_alerts_on_threads_and_corrects_herself_on_bluesky():
    name = GENUINE[1]
    assert all(re.match(r"(Shortage|Back in stock): ", post["text"]) for post in _posts_on(name, "threads"))
    assert any("I was wrong" in post["text"] for post in _posts_on(name, "bluesky"))
    assert any("fixed format" in post["text"] for post in _posts_on(name, "bluesky"))  # she says why, elsewhere
    assert any(follow.get("ended_at") for follow in follows_of(name, "out"))


def test_a_driving_instructor_congratulates_each_pupil_on_facebook_and_explains_on_youtube():
    name = GENUINE[2]
    congratulations = _posts_on(name, "facebook")
    assert all(re.search(r"[Cc]ongratulations|Well done", post["text"]) and "pass" in post["text"].lower()
               for post in congratulations)
    pupils = {re.search(r"(?:to|Congratulations|Well done) (\w+),", post["text"]).group(1) for post in congratulations}
    assert len(pupils) == len(congratulations)  # one named pupil per post
    assert all(post["views"] > 5000 for post in _posts_on(name, "youtube"))
    assert any("£38/hour" in post["text"] for post in _posts_on(name, "youtube"))


def test_a_midwife_posts_quotes_with_hashtags_on_instagram_and_the_law_on_facebook():
    name = GENUINE[3]
    assert all("#" in post["text"] for post in _posts_on(name, "instagram"))
    assert any(re.search(r"article L\d+", post["text"]) for post in _posts_on(name, "facebook"))
    assert "non" in messages_of(name, "sent")[0]["text"]  # she turns down the supplement box
    assert sum(answered_after(name, comment) for comment in comments_of(name)) >= 4


def test_a_wine_grower_posts_prices_on_instagram_and_his_margin_on_his_blog():
    name = GENUINE[4]
    assert sum(bool(re.search(r"\d+(,\d+)? €", post["text"])) for post in _posts_on(name, "instagram")) >= 5
    assert any("6 % du chiffre d'affaires" in post["text"] for post in _posts_on(name, "blog"))
    buyers = {message["counterpart"] for message in messages_of(name, "received")}
    assert all(wrote_first(name, buyer) for buyer in buyers)  # he sells in DMs only to those who ask


def test_a_goat_farmer_posts_wordless_clips_to_a_passive_audience_on_tiktok():
    name = GENUINE[5]
    clips = _posts_on(name, "tiktok")
    assert all(len(post["text"]) < 60 and post["views"] > 90_000 for post in clips)
    assert not _replies_on(name, "tiktok")  # she never answers there …
    assert len(_replies_on(name, "facebook")) >= 3  # … and answers on the farm's page
    audience = document(name)["audience"]
    years = Counter(member["created_at"][:4] for member in audience)
    assert len(audience) == 36 and max(years.values()) < len(audience) / 2  # not a batch
    refusal = next(message for message in messages_of(name, "sent") if message["counterpart"] == "agence.brandfarm")
    assert "pas de partenariats" in refusal["text"]


# Fakes who spread their habits over networks or hide them behind what looks like evidence.


def test_a_mentor_tells_a_different_origin_story_on_each_network():
    name = FAKE[0]
    stories = {"youtube": r"2019.*evicted.*Phoenix", "tiktok": r"2020.*Denver.*Civic", "linkedin": r"2021.*Deloitte"}
    for platform, story in stories.items():
        assert any(re.search(story, post["text"]) for post in _posts_on(name, platform)), platform
    doubters = comments_matching(name, r"Phoenix|Denver|Deloitte|three versions|demo dashboard|refund")
    assert len({comment["author"] for comment in doubters}) >= 6
    text, people = same_dm_to_many(name)
    assert "$1,997" in text and len(people) >= 6
    assert any("All sales final" in message["text"] for message in messages_of(name, "sent"))
    assert verdict(name).band == "likely_genuine"  # an escaping fake (see the docstring)


def test_an_abundance_coach_answers_on_bluesky_only_and_refuses_refunds():
    name = FAKE[1]
    bluesky = [comment for post in _posts_on(name, "bluesky") for comment in post.get("comments", [])]
    tiktok = [comment for post in _posts_on(name, "tiktok") for comment in post.get("comments", [])]
    assert all(answered_after(name, comment) for comment in bluesky)
    assert not any(answered_after(name, comment) for comment in tiktok)
    complaints = comments_matching(name, r"refund|FTC|blocked|\$0|red flag|before you pay|in debt")
    assert len({comment["author"] for comment in complaints}) >= 3
    asked = {message["counterpart"] for message in messages_of(name, "received") if "refund" in message["text"]}
    answered = {message["counterpart"] for message in messages_of(name, "sent") if "scarcity" in message["text"]}
    assert len(asked) == 2 and answered < asked  # one refused, one never answered
    empty = [member for member in document(name)["audience"] if member["posts_count"] == 0 and not member["has_avatar"]]
    created = sorted(moment(member["created_at"]) for member in empty)
    assert len(empty) >= 10 and (created[-1] - created[0]).days <= 3
    assert "fake-on-one-platform" in rules_fired(verdict(name))


def test_an_seo_seller_keeps_an_honest_ghostwritten_blog_and_sells_a_guarantee_on_instagram():
    name = FAKE[2]
    bios = {profile["platform"]: profile["bio"] for profile in document(name)["profiles"]}
    assert "GUARANTEED" in bios["instagram"]
    assert any("Why we don't promise rankings" in post["text"] for post in _posts_on(name, "blog"))
    ghost = comments_matching(name, r"I wrote this series under contract")
    assert [comment["author"] for comment in ghost] == ["Hannah Kerr"]
    assert "they're mine now" in next(message["text"] for message in messages_of(name, "sent")
                                      if message["counterpart"] == "Hannah Kerr")
    text, people = same_dm_to_many(name)
    assert "$1,497" in text and "Zelle or wire" in text and len(people) >= 5


def test_an_ecommerce_coach_publishes_stripe_test_mode_figures():
    name = FAKE[3]
    revenue = [post for post in _posts_on(name, "linkedin") if re.search(r"\d[\d ]* € de CA", post["text"])]
    assert len(revenue) >= 3
    testers = comments_matching(name, r"mode test|données de test|4242|test_")
    assert len({comment["author"] for comment in testers}) >= 4
    assert comments_matching(name, r"nom de la boutique")
    to_asker = [message["text"] for message in messages_of(name, "sent") if message["counterpart"] == "ines.business"]
    assert any("boutiques privées" in text for text in to_asker)  # the shop's name is never given
    assert verdict(name).band == "likely_genuine"  # an escaping fake (see the docstring)


def test_a_trainer_unlocks_each_module_only_for_a_public_testimonial_with_a_figure():
    name = FAKE[4]
    text, people = same_dm_to_many(name)
    assert "débloquer le module 3" in text and "avec un chiffre" in text and len(people) >= 6
    testified = {comment["author"] for comment in comments_of(name) if re.search(r"\d", comment["text"])}
    assert len(people & testified) >= 6  # each buyer told to testify did, with a figure
    retractions = comments_matching(name, r"pour débloquer|pour le module 3|[Tt]émoignage obligatoire|exige")
    assert len({comment["author"] for comment in retractions}) >= 4
    assert not any(answered_after(name, comment) for comment in retractions)


def test_a_coach_keeps_one_habit_per_network():
    name = FAKE[5]
    link = "https://programme-liberte.fr/webinaire"
    assert all(post["text"].endswith(link) for post in _posts_on(name, "twitter"))
    assert not any(re.search(r"\d", post["text"]) for post in _posts_on(name, "linkedin"))
    assert all(re.search(r"Tape|Commente|[Éé]cris|like|Partage", post["text"]) for post in _posts_on(name, "facebook"))
    for follow in follows_of(name, "in"):
        welcome = next(message for message in messages_of(name, "sent")
                       if message["counterpart"] == follow["counterpart"] and message["text"].startswith("Bienvenue"))
        assert "2 490 €" in welcome["text"]
        assert 0 <= (moment(welcome["created_at"]) - moment(follow["created_at"])).total_seconds() < 60
    assert "auto-dm-new-followers" in rules_fired(verdict(name))
