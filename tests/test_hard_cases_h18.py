"""Eighteenth round of hand-written hard cases: genuine accounts whose honest habits look like the checklist's items
(a weather station's daily summary posted by a script at 07:00:00 sharp, a rugby club whose every post is a link to its
match reports, an analyst whose bio says "award-winning", a university's press release pasted on four networks, a
flood-relief cell's one reply DM to every victim who sends a claim number, a translator's one rate-card DM to everyone
who asks), and fakes who have read the checklist and dodge it with new tricks (self-issued certificates, awards and
badges; a one-man shop posing as "an agency of 40 experts"; a weekly "live" masterclass with "3 seats left" every week;
business figures that contradict each other from post to post; testimonials bought for 50 € and shown as screenshots;
fluent unit-economics jargon full of figures, none of which is ever shown).

The twelve accounts in ``tests/hard_cases/h18_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors, media, own replies, DMs both
ways on all twelve, dated follows on eight, unfollows on seven, snapshots on six, audience samples of 35 and 40 on two;
on Instagram, TikTok, YouTube, Threads, Bluesky, X, LinkedIn, Facebook, Mastodon and two blogs.

Six are genuine: an amateur weather station in Holmfirth whose daily summary is posted by a cron job at 07:00:00 every
time (its bio says so), beside hand-written notes on a bird's nest in the anemometer, a drifting wind vane and a
thunderstorm, who answers questions and refuses to "certify" a reading for an insurer; an amateur rugby club whose
every X and Facebook post is a link to its volunteer's match report (Instagram says "link in bio"), losses and
injuries included, with a sample of 35 followers who are ordinary local people; a Leeds head of analytics whose bio
says "award-winning", who names the award and its body (DMA Awards 2024, Silver, Best Use of Data) and lists a
shortlist as a shortlist, corrects a result she called too early, and turns down a paid "Top 50" listing; the
University of Poitiers, whose five press releases are each pasted word for word on three or four networks a minute
apart, and who answers students' and parents' questions; Grand Cognac's flood-relief cell, which asks flood victims
to send their insurance claim number by DM and sends every one of them the same reply (which asks for no money and
warns against fake agents), whose followers jump from 9,100 to 14,300 in the flood's first two weeks; a literary
translator (English and Japanese into French) who publishes her rates and her yearly income, and answers every
request with the same rate-card DM.

Six are fake: a "Certified Master Growth Strategist" whose certificates, "Global Top 10 Growth Voice" and "Growth
Strategist of the Year" awards and "Top Voice" badge come from his own academy and his own summit (readers find the
company at Companies House with him as sole director, the Canva diploma template, the stock photo of the "ceremony",
the paid Forbes look-alike), who sells the same certification at $1,997 by a keyword DM and refuses a refund; a
one-man "agency of 40 experts in London, Dubai and New York" whose team photos are a WeWork promo picture and a
stranger's Pexels video, exposed by his Fiverr copywriter and two paying clients, with a jump from 6,400 to 19,800
followers in a week; a "$10k Month Blueprint" YouTuber whose "live" masterclass has "3 seats left" in eighteen weekly
posts, whose "live" is a replay, who upsells a $2,997 "Inner Circle" by DM "expiring in 15 minutes", with a sample of
40 followers of which 32 are empty accounts created in the same four days; a French business coach whose figures
contradict one another from post to post (47, then 300, then 1,000 clients; 84,000 €, 1.2 M€ and 380,000 € of
turnover; 94 %, 100 % and 87 % of success; ten years of coaching and twelve at L'Oréal at 31), pointed out by five
readers he never answers; a French Etsy trainer whose "spontaneous" screenshot testimonials are bought (50 € by PayPal
or a free module, "écris-le comme un message spontané"), with figures she inflates, contradicted in her comments by
the students she quotes; a French "e-commerce operator" who speaks in CAC, LTV, POAS and contribution margin with a
figure in every post, sells a 1,490 € course on them, and never shows one piece of evidence (the brand is under "NDA",
the dashboard is a vendor's demo shop, no Meta ad, no company that could have his turnover).

Scored with credscore-default@ebee8edddeb1.

Since then (session 16, after reading this round: not an independent measure on it; scores with
credscore-default@8c4fdb9ed7dd): ``platform_sprawl`` counts a count noun only in the plural ("10 plateformes"), so
the university's "inaugurent le 20 janvier la plateforme de microscopie" is no promise to post everywhere: its
LinkedIn alone is 30.8, ``likely_genuine``, with no rule, and its first twelve posts without bio or DM 2.8 with no
rule (``identical-cross-posting`` needed the hollow talk that promise lent it). ``callouts`` reads readers who checked
a public record or source (Companies House, a company register, Meta's ad library, a stock or template site, a public
demo), who find the figures do not add up ("Lequel est vrai ?", "Le calcul ne tombe pas juste"), or who are the person
quoted or pictured and deny it ("Je n'ai jamais écrit ça", "I have never worked for you"). The e-commerce operator
goes from 0.0 to 35.0, ``uncertain``, held by ``contested-and-silent`` (four unanswered readers: the accountant, the
ad library, the demo dashboard, the blurred table); the one-man agency's three unanswered readers now fire
``contested-and-silent`` (still 44.4), the strategist's six; the contradictory coach has two (2.8, still
``likely_genuine``: his readers set figures side by side in their own words). No genuine account's comment, in any
round, holds one of the new phrases.

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, two of the six fakes ``likely_fake``); no genuine
account, nor a thinner or one-platform view of one, in ``likely_fake``; no rule fires on any genuine account; no fake
in ``likely_genuine`` but the one in ``ESCAPING_FAKES`` (two as the auditor scored the round).

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h18_fr_operateur_ecommerce_jargon_chiffre_sans_aucune_preuve`` (fake): 0.0, ``likely_genuine``, probability 0.00,
  no rule. Reasons: business_metrics.quantified_rate 25.6 (-2.99, the strongest reason of all), reply_share 6 %,
  comments_per_like 0, reframes 6 %. The checklist's "never a business figure" is exactly the test he was built to
  pass: his figures (CAC 38 € then 21 €, LTV 94 €, POAS 1.8, conversion 3.9 %) are read as evidence of a real
  business, where nothing shows they are his. The accountant who found no company that could bear 1.12 M€, the
  reader who found no Meta ad and the one who recognised the vendor's demo dashboard count as one unanswered reader
  (callouts 1); "Commentaires reçus" was not measurable (8 comments). No platform alone is above 2.1.
- ``h18_fr_coach_business_chiffres_qui_se_contredisent`` (fake): 2.8, ``likely_genuine``, probability 0.03, no rule.
  Reasons: auto_dms.template_share 83 % (+2.20), reply_share 6 % (+1.97), earnings claims 6 %, and
  business_metrics.quantified_rate 6.78 (-0.73): figures that contradict one another count as figures. The five
  readers who set his numbers side by side ("Lequel est vrai ?", "Le calcul ne tombe pas juste") count as no callout
  (callouts 0). His Instagram alone is 60.0 and his TikTok alone 53.8, both ``uncertain``: the whole is read as less
  fake than its parts, his LinkedIn's figures (1.2 alone) pulling the rest down.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h18_en_growth_strategist_self_issued_certificates_and_awards`` (fake): 35.0, probability 0.02, held by the rules
  ``sales-pitch-dms`` (the CERTIFY pitch to five people), ``self-proclaimed-title`` (on a bio of awards and badges)
  and ``contested-and-silent`` (three unanswered readers: the stock photo, the paid Forbes piece, the buyer of the
  Google-Form exam). The Companies House finding, the Canva template and the one-judge award are not among the
  callouts read. His Instagram alone is 4.5 and his LinkedIn alone 12.8, both ``likely_genuine``.
- ``h18_en_one_man_agency_poses_as_forty_experts`` (fake): 44.4, probability 0.44, no rule. Reasons:
  growth.unexplained_growth_share 72 % (+2.61, his jump of 13,400 followers in a week), auto_dms.template_share 83 %
  (+2.20, the same pitch to five leads), reply_share 11 %, earnings claims 6 %. Two of the six readers who expose him
  count as callouts; his "40 experts" claims are no title; "Commentaires reçus" was not measurable (9 comments). His
  Instagram alone is 91.6, ``likely_fake``, and his TikTok and X alone ``likely_genuine``.

Caught:

- ``h18_en_weekly_live_masterclass_always_three_seats_left`` (fake): 100.0, ``likely_fake``; rules ``sales-pitch-dms``,
  ``hollow-talk-not-genuine``, ``bought-audience-not-genuine``, audience_quality.empty_share 80 % (+6.86). Caught by
  his audience and his pitch, not by the seven readers pointing at the "3 seats" every week and the replayed "live"
  (callouts 0).
- ``h18_fr_formatrice_etsy_temoignages_achetes_en_captures`` (fake): 81.9, ``likely_fake``; rule
  ``hollow-talk-not-genuine``, earnings claims 19 % (+2.49), reply_share 6 %, template_share 71 %, likes_uniformity.
  The students who say they never wrote her testimonials count as no callout (callouts 0).

Read rightly, with a habit seen and weighed little: the weather station 0.4 (cross_posting.self_duplicate_share 56 %,
+0.90: the scripted summaries read as near-duplicates); the rugby club 0.0 (audience sample all ordinary, no
link-only rule); the analytics lead 0.0 (no title rule on "award-winning"); the university 2.4
(cross_platform_share 89 %, platform_sprawl.promise_share 11 %, +0.39, no rule); the flood-relief cell 2.8
(template_share 83 %, +2.20, pitch_share 0, its growth burst explained by its posts); the translator 1.5
(template_share 83 %, +2.20, pitch_share 0).

Findings on thinner views (the round's tests pass, none is ``likely_fake``): the university's first twelve posts with
no bio and no DM fire ``identical-cross-posting`` (9.5, ``likely_genuine``), a rule that names a blatant habit, for a
press office pasting its releases; its LinkedIn alone is 60.0, ``uncertain``, with ``unlimited-posting-offer``,
``hollow-talk-and-silence``, ``narrow-history`` and ``thin-history`` (press releases about open days on four campuses
read as a promise to post everywhere); the translator's Instagram alone is 53.7 and the analyst's Threads alone 33.1.
"""

from __future__ import annotations

import re
from datetime import timedelta

from tests.hard_case_support import (
    HARD_CASES,
    addressed,
    answered_after,
    assert_round_of_twelve,
    comments_matching,
    comments_of,
    document,
    follows_of,
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

H18_CASES = sorted(path.stem for path in HARD_CASES.glob("h18_*.json"))

GENUINE = ("h18_en_weather_station_daily_summary_on_the_dot", "h18_en_rugby_club_posts_only_match_report_links",
           "h18_en_analytics_lead_lists_her_real_awards_with_bodies",
           "h18_fr_universite_meme_communique_sur_quatre_reseaux",
           "h18_fr_agglo_crue_numero_de_dossier_en_message_prive",
           "h18_fr_traductrice_litteraire_meme_grille_tarifaire_en_dm")
FAKE = ("h18_en_growth_strategist_self_issued_certificates_and_awards", "h18_en_one_man_agency_poses_as_forty_experts",
        "h18_en_weekly_live_masterclass_always_three_seats_left", "h18_fr_coach_business_chiffres_qui_se_contredisent",
        "h18_fr_formatrice_etsy_temoignages_achetes_en_captures",
        "h18_fr_operateur_ecommerce_jargon_chiffre_sans_aucune_preuve")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h18_fr_coach_business_chiffres_qui_se_contredisent",)
# No rule fires on any genuine account of this round, nor, since session 16, on the university's thinner views.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# Held "uncertain" (see the module docstring).
# The one-man agency was held there too until session 17: his Instagram alone is a fake expert's
# (``fake-on-one-platform``).
UNCERTAIN_FAKES = ("h18_en_growth_strategist_self_issued_certificates_and_awards",
                   "h18_fr_operateur_ecommerce_jargon_chiffre_sans_aucune_preuve")
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    **{name: "likely_fake" for name in FAKE if name not in ESCAPING_FAKES + UNCERTAIN_FAKES},
}
FIRST_POSTS = 12

CERTIFICATE_CALLOUT = re.compile(r"Companies House|accredit|Canva|stock photo|judge|Forbes never|Google Form|"
                                 r"stopped giving", re.IGNORECASE)
AGENCY_CALLOUT = re.compile(r"Fiverr|Pexels|WeWork|1 employee|only ever spoken|never answered|refund",
                            re.IGNORECASE)
SEATS_CALLOUT = re.compile(r"3 seats left last|3 places left|any hour|same video|same ones every week|"
                           r"closing forever|story changed|coaching doesn't exist|last post from you", re.IGNORECASE)
CONTRADICTION_CALLOUT = re.compile(r"Lequel est vrai|calcul ne tombe|c'était|tu disais|Sur LinkedIn tu disais|"
                                   r"tu travaillais seul", re.IGNORECASE)
PROOF_CALLOUT = re.compile(r"nom de ta marque|s'appelle comment|flouté|bibliothèque publicitaire|registre du commerce|"
                           r"démo|micro-entreprise|Aucun chiffre", re.IGNORECASE)


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H18_CASES, GENUINE, FAKE, max_posts=40)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine accounts whose honest habits look like the checklist's items.


def test_a_weather_station_posts_its_daily_summary_by_script_on_the_dot_and_writes_the_rest_itself():
    name = "h18_en_weather_station_daily_summary_on_the_dot"
    posts = own_posts(name)
    scripted = [post for post in posts if post["text"].startswith("Daily summary")]
    assert len(scripted) >= 10
    assert {moment(post["created_at"]).strftime("%H:%M:%S") for post in scripted} == {"07:00:00"}
    assert len({post["text"] for post in scripted}) == len(scripted)  # each day's readings differ
    assert any("cron job" in post["text"] for post in posts)  # it says how it posts
    assert any("posted automatically" in profile.get("bio", "") for profile in document(name)["profiles"])
    written = [post for post in posts if post not in scripted]
    assert len(written) >= 6 and not any(moment(post["created_at"]).strftime("%H:%M") == "07:00" for post in written)
    questions = [comment for comment in comments_of(name) if "?" in comment["text"]]
    assert questions and all(answered_after(name, comment) for comment in questions)
    assert any("can't certify" in message["text"] for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_rugby_club_posts_only_links_to_its_match_reports_to_an_ordinary_audience():
    name = "h18_en_rugby_club_posts_only_match_report_links"
    posts = own_posts(name)
    linked = [post for post in posts if post["platform"] != "instagram"]
    assert linked and all(post["links"] and post["links"][0].startswith("https://otleyvalerfc.co.uk/reports/")
                          for post in linked)
    assert all(re.search(r"link in bio|on the site", post["text"], re.IGNORECASE)
               for post in posts if post["platform"] == "instagram")
    assert any(re.search(r"lost|Postponed|bad day", post["text"]) for post in posts)  # not only the wins
    audience = document(name)["audience"]
    assert 30 <= len(audience) <= 45
    assert all(member["posts_count"] > 0 for member in audience)
    assert len({member["created_at"][:4] for member in audience}) >= 8  # joined over many years, not in a batch
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.signals["audience_quality"].values["empty_share"] == 0
    assert scored.band == "likely_genuine", scored.score


def test_an_analyst_names_the_body_behind_her_award_and_declines_paid_ones():
    name = "h18_en_analytics_lead_lists_her_real_awards_with_bodies"
    bios = " ".join(profile.get("bio", "") for profile in document(name)["profiles"])
    assert "Award-winning" in bios and "DMA Awards 2024" in bios
    posts = own_posts(name)
    assert any("Data & Marketing Association" in post["text"] and "Shortlisted, not won" in post["text"]
               for post in posts)
    assert any("I got wrong" in post["text"] for post in posts)
    challenge = next(comment for comment in comments_of(name) if comment["author"] == "Greg Pollard")
    assert answered_after(name, challenge)
    offer = [message for message in messages_of(name, "received") if "listing fee" in message["text"]]
    assert offer and any("didn't pay" in message["text"] for message in messages_of(name, "sent"))
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


def test_a_university_pastes_each_press_release_on_several_networks_a_minute_apart():
    name = "h18_fr_universite_meme_communique_sur_quatre_reseaux"
    releases: dict[str, list[dict]] = {}
    for post in own_posts(name):
        if post["text"].startswith("Communiqué"):
            releases.setdefault(post["text"].removesuffix(" Lien en bio."), []).append(post)
    assert len(releases) >= 5
    for copies in releases.values():
        assert len({post["platform"] for post in copies}) >= 3
        times = sorted(moment(post["created_at"]) for post in copies)
        assert times[-1] - times[0] <= timedelta(minutes=5)
    questions = [comment for comment in comments_of(name) if "?" in comment["text"]]
    assert sum(answered_after(name, comment) for comment in questions) >= 4  # one of five went unanswered
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score
    # "inaugurent le 20 janvier la plateforme de microscopie" is a date before a noun, not "20 plateformes" promised.
    assert verdict(name).signals["platform_sprawl"].values["promise_share"] == 0
    assert not rules_fired(variant(name, platform="linkedin"))
    assert not rules_fired(variant(name, first=FIRST_POSTS, bios=False, messages=False))


def test_a_flood_relief_cell_sends_one_reply_to_everyone_who_sends_a_claim_number():
    name = "h18_fr_agglo_crue_numero_de_dossier_en_message_prive"
    text, people = same_dm_to_many(name)
    assert len(people) >= 5 and all(wrote_first(name, person) for person in people)
    assert "numéro de dossier" in text and "nous ne demandons jamais d'argent" in text
    assert any("message privé" in post["text"] for post in own_posts(name))
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    assert snapshots[2]["followers"] - snapshots[0]["followers"] >= 5_000
    flood_week = [post for post in own_posts(name)
                  if moment(snapshots[0]["at"]) <= moment(post["created_at"]) <= moment(snapshots[2]["at"])]
    assert len(flood_week) >= 5  # the burst of followers has its posts
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.signals["auto_dms"].values["pitch_share"] == 0
    assert scored.band == "likely_genuine", scored.score


def test_a_translator_answers_every_request_with_her_published_rate_card():
    name = "h18_fr_traductrice_litteraire_meme_grille_tarifaire_en_dm"
    text, people = same_dm_to_many(name)
    assert len(people) >= 5 and all(wrote_first(name, person) for person in people)
    assert "23 €" in text and "27 €" in text
    assert any("23 €" in post["text"] and "27 €" in post["text"] and post["platform"] == "blog"
               for post in own_posts(name))  # the DM repeats the rates she publishes
    assert any("31 400 €" in post["text"] for post in own_posts(name))
    scored = verdict(name)
    assert not rules_fired(scored)
    assert scored.band == "likely_genuine", scored.score


# Fakes who have read the checklist and dodge it.


def test_a_growth_strategist_awards_himself_his_certificates_and_titles():
    name = "h18_en_growth_strategist_self_issued_certificates_and_awards"
    bio = next(profile["bio"] for profile in document(name)["profiles"] if profile["platform"] == "linkedin")
    assert len(bio.split("|")) >= 5 and "Founder, IGSA" in bio  # the credentials and their issuer in one line
    callouts = comments_matching(name, CERTIFICATE_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 6
    assert not any(answered_after(name, comment) for comment in callouts)
    text, people = same_dm_to_many(name)
    assert "$1,997" in text and len(people) >= 5
    assert all(wrote_first(name, person) for person in people)
    assert any("non-refundable" in message["text"] for message in messages_of(name, "sent"))
    assert len([follow for follow in follows_of(name, "out") if follow.get("ended_at")]) >= 5
    scored = verdict(name)
    assert "contested-and-silent" in rules_fired(scored)
    assert scored.band != "likely_genuine", scored.score


def test_a_one_man_shop_poses_as_an_agency_of_forty_experts():
    name = "h18_en_one_man_agency_poses_as_forty_experts"
    forty = [post for post in own_posts(name) if re.search(r"\b40\b", post["text"])]
    assert len(forty) >= 5
    callouts = comments_matching(name, AGENCY_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 6
    assert not any(answered_after(name, comment) for comment in callouts)
    text, people = same_dm_to_many(name)
    assert "40 experts" in text and len(people) >= 5
    snapshots = sorted(document(name)["snapshots"], key=lambda snapshot: snapshot["at"])
    assert snapshots[2]["followers"] >= 3 * snapshots[1]["followers"]
    assert moment(snapshots[2]["at"]) - moment(snapshots[1]["at"]) <= timedelta(days=7)
    scored = verdict(name)
    assert scored.signals["growth"].values["unexplained_growth_share"] >= 0.5
    assert scored.band != "likely_genuine", scored.score


def test_a_masterclass_has_three_seats_left_every_week_and_a_bought_audience():
    name = "h18_en_weekly_live_masterclass_always_three_seats_left"
    posts = own_posts(name)
    scarce = [post for post in posts if re.search(r"\b3\b", post["text"])]
    assert len(scarce) >= len(posts) - 2
    weeks = {moment(post["created_at"]).isocalendar()[1] for post in scarce}
    assert len(weeks) >= 10
    callouts = comments_matching(name, SEATS_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 6
    assert not any(answered_after(name, comment) for comment in callouts)
    text, people = same_dm_to_many(name)
    assert "expires in 15 minutes" in text and len(people) >= 5
    empty = [member for member in document(name)["audience"] if not member["has_avatar"] and not member["posts_count"]]
    assert len(empty) >= 30 and len({member["created_at"][:10] for member in empty}) <= 4
    scored = verdict(name)
    assert "bought-audience-not-genuine" in rules_fired(scored)
    assert scored.band == "likely_fake", scored.score


def test_a_business_coach_gives_figures_that_contradict_one_another():
    name = "h18_fr_coach_business_chiffres_qui_se_contredisent"
    texts = " ".join(post["text"] for post in own_posts(name))
    clients = {figure for figure in ("47 entrepreneurs", "300 clients", "1 000 entrepreneurs") if figure in texts}
    turnover = {figure for figure in ("84 000 €", "1,2 million", "380 000 €") if figure in texts}
    assert len(clients) == 3 and len(turnover) == 3
    callouts = comments_matching(name, CONTRADICTION_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    assert not any(answered_after(name, comment) for comment in callouts)
    refusal = [message for message in messages_of(name, "sent") if "Je ne partage pas mes documents" in message["text"]]
    assert refusal and refusal[0]["counterpart"] == "Mehdi Kacem"


def test_an_etsy_trainer_buys_her_screenshot_testimonials():
    name = "h18_fr_formatrice_etsy_temoignages_achetes_en_captures"
    offers = [message for message in messages_of(name, "sent") if "50 €" in message["text"]
              and "je ferai la capture" in message["text"]]
    students = {message["counterpart"] for message in offers}
    assert len(students) >= 5
    assert not any(wrote_first(name, student) for student in students)  # she asks first
    denials = [comment for comment in comments_of(name) if comment["author"] in students]
    assert len(denials) >= 3 and not any(answered_after(name, comment) for comment in denials)
    quoted = [post for post in own_posts(name) if "3 200 €" in post["text"]]
    dictated = [message for message in messages_of(name, "sent") if "3 200 €" in message["text"]]
    assert quoted and dictated and moment(dictated[0]["created_at"]) < moment(quoted[0]["created_at"])
    scored = verdict(name)
    assert scored.band == "likely_fake", scored.score


def test_an_ecommerce_operator_quotes_figures_in_nearly_every_post_and_never_shows_one():
    name = "h18_fr_operateur_ecommerce_jargon_chiffre_sans_aucune_preuve"
    posts = own_posts(name)
    figured = [post for post in posts if re.search(r"\d+(,\d+)? ?(%|€)|\b\d+,\d\b", post["text"])]
    assert len(figured) >= 10 and len(figured) >= len(posts) / 2
    callouts = comments_matching(name, PROOF_CALLOUT)
    assert len({comment["author"] for comment in callouts}) >= 5
    answers = [reply for reply in own_replies(name) if any(addressed(reply, comment["author"])
                                                          for comment in callouts)]
    assert all("NDA" in reply["text"] for reply in answers)  # the only answer to "show me" is a secret
    assert any("confidentialité" in message["text"] for message in messages_of(name, "sent"))
    assert any("rétractation ne s'applique pas" in message["text"] for message in messages_of(name, "sent"))
