"""Twentieth round of hand-written hard cases, on *specificity* first: genuine accounts whose comment sections hold
complaints, contests and accusations that they answer in ways that could look evasive and are not (a vet's "I can't
advise here, please see your own vet", a sewing-machine YouTuber's "see the pinned comment" to the same question asked
again and again, a founder whose readers look her company up at Companies House and find it real and young, a
regional councillor who answers "c'est faux" and "source ?" with links and leaves insults alone, a lorry driver on
TikTok hit by a smear campaign of accounts created the same week, a coffee roaster who answers each late-parcel
complaint with "désolés, on vous écrit en MP" and then settles it in DMs), and fakes who dodge the checklist with new
tricks (a long, polite, different-each-time non-answer to every challenge; paid reply-guys who argue with his critics;
a giveaway that buries refund callouts under praise, then quotes the entries as testimonials; critics moved to private
messages, then invented "resolved" screenshots; sales run through a partner's account so his own DMs stay clean;
a personal-finance explainer who cites the AMF and the INSEE in public and recruits for a pyramid in DMs).

The twelve accounts in ``tests/hard_cases/h20_*.json`` were written by hand, outside the generator and without reading
the signals, the lexicons, the rules or the model, as an independent auditor would; the auditor's band of each was
written down before any case was scored (likely_genuine for the six genuine, likely_fake for the six fakes). Format 1.1:
likes on every post, views on TikTok and YouTube, others' comments with their authors (with their follower counts for
the smear accounts and the paid defenders), media, own replies, DMs both ways on all twelve, dated follows on six,
unfollows on five, snapshots on four, audience samples of 34 and 36 on two; on Instagram, TikTok, YouTube, Threads,
Bluesky, X, LinkedIn and Facebook.

Six are genuine: a Kendal vet whose bio says she can't advise on individual pets, who answers every "my cat ate a
lily, what should I do" with "I can't assess her from here, ring your own vet now", explains a £58 consult to people
who call vets scammers and leaves "disgusting" and "kickbacks" alone; a Leicester sewing-machine restorer on YouTube
who pins one answer to "which machine should a beginner buy" and replies "see the pinned comment" to twelve people,
refuses a £2,500 sponsored review by DM, with a large passive audience (sample of 34, many lurkers); a Bristol founder
whose readers find on Companies House that her company is four months old, has filed no accounts and that her first
company was struck off, who gives the company number, her MRR month by month (£711 to £1,501), her SH01 and her burn;
a Dijon regional councillor whose transport posts draw "c'est faux", "source ?" and insults, who answers with the
deliberation's link and page, admits a missing fact, and ignores "ta gueule"; a Breton lorry driver on TikTok whom
accounts created in the same days (63 by her count, seven in the document) call "arnaqueuse" and "fausse routière"
(they follow her, comment, unfollow),
who posts her licence once, says she sells nothing, gives her pay and files a complaint; a Lyon coffee roaster whose
community manager answers seven complaints (late parcels, a burst bag, a double charge) with "désolés, on vous écrit en
MP. Inès" and settles each one in a DM that the customer thanks.

Six are fake: a "Revenue Architect" who answers each request for a client's name, a company name, a figure or a
refund with a long, warm, different-each-time paragraph that answers nothing, and sells $4,800 seats by DM to those
who comment "SOVEREIGN"; a KDP (Amazon self-publishing) course seller whose critics are each answered within the hour
by one of eight "students" created the same week, paid $6 a reply by an agency ("don't praise me, argue with them");
a travel-agent mentor whose refund callouts are buried by a giveaway ("comment what you LOVE about my mentorship"),
whose entries she then quotes as testimonials, whose winner's account was created the day before and whose entrants
get a "40% off" DM; an "assistante virtuelle" trainer who moves every complaint to private messages ("écris-moi en
privé ma belle 💕"), stalls there, and posts invented screenshots of "malentendus réglés" that the named students
deny in her comments; a value-betting "ex-trader" who "sells nothing" (every post sends to "@lea.equipe.tg", whose DMs
report the week's sales into his company's account) and sends everyone who asks the same "I sell nothing, write to my
partner"; a personal-finance explainer who cites the Banque de France, the AMF and the INSEE in public and, in DMs,
offers "8 % par mois" from a "Cercle" paid by transfer to another member, withdrawals unlocked by recruiting two.

Scored with credscore-default@8c4fdb9ed7dd (``credscore score --format json tests/hard_cases/h20_*.json``).

Asserted (the round's declarations, for ``tests/test_hard_case_rounds.py``, and the tests below): the auditor's band
where credscore meets it (all six genuine accounts ``likely_genuine``, no rule fired on any); no genuine account, nor a
thinner or one-platform view of one, in ``likely_fake``; no fake in ``likely_genuine`` but those in
``ESCAPING_FAKES``. None of the six fakes was ``likely_fake`` when the round was scored; since session 18 the
pyramid's "finance educator" is (70.0, ``pitches-a-recruitment-scheme``: his DMs ask 500 € to join and tie the
withdrawal of gains to inviting two people), and the round asserts it.

Not asserted (credscore disagrees with a careful auditor; from the reasons it printed):

- ``h20_en_kdp_guru_pays_for_comments_that_argue_with_his_critics`` (fake): 0.0, ``likely_genuine``, probability 0.00,
  no rule. Reasons: reply_share 11 % (+1.26), earnings_claims 6 %, audience_quality.empty_share 11 % (+0.77), while
  the sample holds 10 of 36 followers with no picture and no post (28 %) and batch_created_share is 0 although the
  eight defenders were created between 20 and 27 January 2026 and ten empty accounts between 10 and 19 January. The
  defenders' replies are others' comments, so they are read as a lively comment section; neither the agency's DMs
  ("$6 per reply") nor his own ("argue with them", "make the critics look bitter") appear among the reasons
  (template_share 0); callouts 2. Seen through his first twelve
  posts he is 35.0 (``hollow-talk-not-genuine``): more history, more genuine.
- ``h20_en_travel_mentor_buries_refund_callouts_under_a_giveaway`` (fake): 2.8, probability 0.03, no rule. Reasons:
  reply_share 0 with generic_reply_share 100 % (+2.68), template_share 75 % with pitch_share 88 % (+1.90), but no
  ``sales-pitch-dms`` rule. The giveaway's praise ("she answers every question honestly") is read as ordinary
  comments, the refund seekers as two unanswered readers (callouts 2); her Threads alone is 42.6, ``uncertain``;
  the follower jump after the giveaway is read
  as explained (unexplained_growth_share 0): a giveaway post explains it, which is exactly the trick.
- ``h20_fr_parieur_vend_par_le_compte_dune_associee_pour_garder_ses_dm_propres`` (fake): 0.9, probability 0.01, no
  rule. Reasons: template_share 62 % (+1.46) with pitch_share 12 %: his one "je ne vends rien en privé, écris à mon
  associée" is read as a template, not a pitch, and the partner's DMs reporting 13,958 € and 40,877 € of sales into his
  company appear among no reason. Of the readers who find his SASU behind the partner, her stock photo and the
  refund ping-pong, one counts as an unanswered callout (callouts 1). His LinkedIn alone is 43.1, ``uncertain``.
- ``h20_fr_vulgarisateur_finance_cite_lamf_et_recrute_pour_une_pyramide`` (fake): 2.8, probability 0.03, no rule.
  Reasons: template_share 83 % with pitch_share 83 % (+2.20), reply_share 6 % (+1.88). No ``sales-pitch-dms`` (his
  posts are sourced explainers, not hollow talk), untraceable_payments 0 ("un virement à un membre que je t'indique",
  withdrawals unlocked by two recruits, is not read as an untraceable payment), callouts 2 of the five readers who
  say they cannot withdraw, name the pyramid or the AMF blacklist.

Held ``uncertain`` (not asserted beyond "not ``likely_genuine``"):

- ``h20_en_guru_answers_every_challenge_with_a_long_polite_non_answer`` (fake): 35.0, probability 0.01, rules
  ``sales-pitch-dms`` (the $4,800 seat DM) and ``contested-and-silent`` (three readers left standing). His eleven
  long non-answers count as replies in his own words: reply_share 41 % (-2.55, towards genuine), generic 0 %. His
  Instagram alone (slogans, "comment SOVEREIGN") is 100.0, ``likely_fake`` (``hollow-talk-not-genuine``,
  ``self-proclaimed-title``): the polite LinkedIn paragraphs pull him down to the floor the rule sets.
- ``h20_fr_formatrice_passe_en_prive_puis_publie_de_fausses_captures_reglees`` (fake): 35.0, probability 0.00, rule
  ``contested-and-silent`` (four unanswered readers: the students who say the screenshots are invented). Her
  "écris-moi en privé ma belle 💕" replies count as written replies (reply_share 24 %, towards genuine; generic 0 %),
  the invented "captures" are not read. Her Instagram alone is 81.6, ``likely_fake``; her first twelve posts 0.0.

Read rightly, with nothing that looks evasive taken for evasion: the vet 0.0 (callouts 0); the founder 0.0 (callouts
2, business figures +, no rule); the councillor 0.0 (callouts 1); the coffee roaster 0.0 (reply_share 45 %: its
"on vous écrit en MP" replies count as answers); the sewing YouTuber 0.0 although his "see the pinned comment" replies
are read as saying nothing (generic_reply_share 86 %, reply_share 7 %, both towards fake); the lorry driver 1.5,
although growth.unexplained_growth_share is 74 % (+2.67, towards fake): her January jump (71,200 to 88,900) follows a
video of 402,000 views, which credscore does not take as the explanation.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.hard_case_support import (
    HARD_CASES,
    addressed,
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
    verdict,
    wrote_first,
)

H20_CASES = sorted(path.stem for path in HARD_CASES.glob("h20_*.json"))

GENUINE = ("h20_en_vet_cannot_advise_here_please_see_your_vet",
           "h20_en_sewing_youtuber_replies_see_the_pinned_comment",
           "h20_en_founder_readers_check_companies_house_company_real_and_young",
           "h20_fr_elue_regionale_cest_faux_source_repond_avec_liens",
           "h20_fr_routiere_tiktok_cible_dune_campagne_de_denigrement",
           "h20_fr_torrefacteur_desoles_on_vous_ecrit_en_mp_et_regle_en_prive")
FAKE = ("h20_en_guru_answers_every_challenge_with_a_long_polite_non_answer",
        "h20_en_kdp_guru_pays_for_comments_that_argue_with_his_critics",
        "h20_en_travel_mentor_buries_refund_callouts_under_a_giveaway",
        "h20_fr_formatrice_passe_en_prive_puis_publie_de_fausses_captures_reglees",
        "h20_fr_parieur_vend_par_le_compte_dune_associee_pour_garder_ses_dm_propres",
        "h20_fr_vulgarisateur_finance_cite_lamf_et_recrute_pour_une_pyramide")
# The fakes credscore lets through in "likely_genuine" (see the module docstring).
ESCAPING_FAKES = ("h20_en_kdp_guru_pays_for_comments_that_argue_with_his_critics",
                  "h20_en_travel_mentor_buries_refund_callouts_under_a_giveaway",
                  "h20_fr_parieur_vend_par_le_compte_dune_associee_pour_garder_ses_dm_propres")
# No rule fires on any genuine account of this round, nor on a thinner view of one.
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# Held "uncertain" (see the module docstring).
UNCERTAIN_FAKES = ("h20_en_guru_answers_every_challenge_with_a_long_polite_non_answer",
                   "h20_fr_formatrice_passe_en_prive_puis_publie_de_fausses_captures_reglees")
# The band a careful human auditor gives, for the cases where credscore agrees: the pyramid's "finance educator"
# since session 18.
AUDITOR_BAND = {name: "likely_genuine" for name in GENUINE} | {
    "h20_fr_vulgarisateur_finance_cite_lamf_et_recrute_pour_une_pyramide": "likely_fake"}
FIRST_POSTS = 12


def _answer_to(name: str, comment: dict) -> dict | None:
    """The account's first public reply to a comment's author after that comment, if any."""
    later = [reply for reply in own_replies(name)
             if addressed(reply, comment["author"]) and moment(reply["created_at"]) > moment(comment["created_at"])]
    return min(later, key=lambda reply: moment(reply["created_at"]), default=None)


def _same_dm_to_many(name: str) -> tuple[str, set[str]]:
    """The text the account sent most often (up to the first name), and the people it was sent to."""
    sent = messages_of(name, "sent")

    def shape(text: str) -> str:
        return re.sub(r"^(Hey|Hello|Salut|Bonjour) \w+", r"\1", text)

    text, _ = Counter(shape(message["text"]) for message in sent).most_common(1)[0]
    return text, {message["counterpart"] for message in sent if shape(message["text"]) == text}


def test_the_cases_are_what_the_brief_asks_for():
    assert_round_of_twelve(H20_CASES, GENUINE, FAKE, max_posts=40)
    # With the texts not reused (see the helper); the declarations are checked with every round's in
    # tests/test_hard_case_rounds.py.


# Genuine accounts whose answers to complaints and contests could look evasive, and are not.


def test_a_vet_answers_every_question_about_a_pet_with_see_your_own_vet():
    name = "h20_en_vet_cannot_advise_here_please_see_your_vet"
    assert all("advice" in profile["bio"] or "advise" in profile["bio"] for profile in document(name)["profiles"])
    asked = comments_matching(name, r"should I|what should|is that the same|which spot-on|how much would")
    assert len({comment["author"] for comment in asked}) >= 5
    for comment in asked:
        answer = _answer_to(name, comment)
        assert answer is not None, comment["author"]  # every one of them is answered …
        # … by a referral to a vet who can examine the animal
        assert re.search(r"your (own )?vet|ring|phone|call", answer["text"], re.IGNORECASE), answer["text"]
    hostile = comments_matching(name, r"Disgusting|kickbacks|convenient excuse|love telling")
    assert len(hostile) >= 3 and not any(_answer_to(name, comment) for comment in hostile)
    assert any("£58" in post["text"] for post in own_posts(name))  # the price she is accused of, explained
    genuine_and_unaccused(name)


def test_a_youtuber_answers_the_same_beginner_question_with_the_pinned_comment():
    name = "h20_en_sewing_youtuber_replies_see_the_pinned_comment"
    pinned = [reply for reply in own_replies(name) if reply["text"].startswith("Pinned:")]
    assert len(pinned) == 1 and "I don't sell machines" in pinned[0]["text"]
    askers = comments_matching(name, r"beginner|first machine|recommend|which (one|model|machine)|newbie|starting")
    assert len({comment["author"] for comment in askers}) >= 10
    assert all("pinned comment" in (_answer_to(name, comment) or {"text": ""})["text"] for comment in askers)
    refusal = next(message for message in messages_of(name, "sent") if "sponsored" in message["text"])
    assert wrote_first(name, refusal["counterpart"])  # a brand asked, he declined
    sample = document(name)["audience"]
    assert 30 <= len(sample) <= 45
    genuine_and_unaccused(name)


def test_a_founders_readers_check_companies_house_and_find_her_company_real_and_young():
    name = "h20_en_founder_readers_check_companies_house_company_real_and_young"
    posts = own_posts(name)
    assert any("16790214" in post["text"] for post in posts)  # she gives the company number herself
    checks = comments_matching(name, r"Companies House|no accounts|SH01|strike-off|dormant|bank balance|pattern")
    assert len({comment["author"] for comment in checks}) >= 3
    assert any(_answer_to(name, comment) for comment in checks)
    mrr = [int(amount.replace(",", "")) for post in sorted(posts, key=lambda post: post["created_at"])
           for amount in re.findall(r"£([\d,]+) MRR", post["text"])]
    assert len(mrr) >= 3 and mrr == sorted(mrr)  # small figures, month after month
    genuine_and_unaccused(name)


def test_a_councillor_answers_cest_faux_and_source_with_links_and_leaves_insults():
    name = "h20_fr_elue_regionale_cest_faux_source_repond_avec_liens"
    contests = comments_matching(name, r"faux|source|par rapport à quoi|pourquoi 3 trains")
    assert len({comment["author"] for comment in contests}) >= 6
    answers = [_answer_to(name, comment) for comment in contests]
    assert sum("https://" in answer["text"] for answer in answers if answer) >= 3
    insults = comments_matching(name, r"ta gueule|vendus|vous mentez|se gave|propagande")
    assert len(insults) >= 4 and not any(_answer_to(name, comment) for comment in insults)
    genuine_and_unaccused(name)


def test_a_lorry_driver_is_smeared_by_accounts_created_the_same_week():
    name = "h20_fr_routiere_tiktok_cible_dune_campagne_de_denigrement"
    smears = comments_matching(name, r"arnaqu|escro|fausse routière|mytho|formations|rembourse|mousser")
    smear_authors = {comment["author"] for comment in smears if comment.get("author_followers", 99) <= 3}
    assert len(smear_authors) >= 6
    arrivals = [follow for follow in follows_of(name, "in") if follow["counterpart"] in smear_authors]
    assert len(arrivals) == len(smear_authors)
    starts = sorted(moment(follow["created_at"]) for follow in arrivals)
    assert (starts[-1] - starts[0]).days <= 3  # they all came in the same days …
    assert all(follow.get("ended_at") for follow in arrivals)  # … and left after the campaign
    assert not any(_answer_to(name, comment) for comment in smears)
    assert all("rien" in profile["bio"] or "aucun" in profile["bio"] for profile in document(name)["profiles"])
    assert any("2 340 € net" in post["text"] for post in own_posts(name))
    genuine_and_unaccused(name)


def test_a_coffee_roaster_answers_complaints_with_a_dm_and_settles_them_there():
    name = "h20_fr_torrefacteur_desoles_on_vous_ecrit_en_mp_et_regle_en_prive"
    to_dm = [reply for reply in own_replies(name) if re.search(r"écri(t|vons)\w* en MP", reply["text"])]
    assert len(to_dm) >= 6
    sent = messages_of(name, "sent")
    for reply in to_dm:
        person = next(comment["author"] for comment in comments_of(name) if addressed(reply, comment["author"]))
        settled = [message for message in sent if message["counterpart"] == person]
        assert settled and moment(settled[0]["created_at"]) >= moment(reply["created_at"]), person
        assert "c'est Inès" in settled[0]["text"]
        thanks = [message for message in messages_of(name, "received") if message["counterpart"] == person]
        assert thanks and re.search(r"merci", thanks[0]["text"], re.IGNORECASE), person
    genuine_and_unaccused(name)


# Fakes who have read the checklist and dodge it.


def test_a_guru_answers_every_challenge_with_a_long_polite_non_answer():
    name = "h20_en_guru_answers_every_challenge_with_a_long_polite_non_answer"
    challenges = comments_matching(name, r"which|name one|what were the numbers|closed|refund|measurable|"
                                          r"what would I do|what was the company|can we hear")
    assert len({comment["author"] for comment in challenges}) >= 7
    answers = [_answer_to(name, comment) for comment in challenges]
    answered = [answer["text"] for answer in answers if answer]
    assert len(answered) >= 7 and len(set(answered)) == len(answered)  # never the same words twice …
    assert all(len(text) > 250 and not re.search(r"\d", text) for text in answered)  # … long, and no fact in any
    seats = [message for message in messages_of(name, "sent") if "$4,800" in message["text"]]
    assert len({message["counterpart"] for message in seats}) >= 5  # the same seat DM, its seat count changed
    assert any("non-refundable" in message["text"] for message in messages_of(name, "sent"))
    assert verdict(name).band != "likely_genuine"


def test_a_guru_pays_reply_guys_to_argue_with_each_critic():
    name = "h20_en_kdp_guru_pays_for_comments_that_argue_with_his_critics"
    defences = [comment for comment in comments_of(name) if comment["text"].startswith("@")]
    defenders = {comment["author"] for comment in defences}
    assert len(defences) >= 20 and len(defenders) == 8
    sample = {member["handle"]: member for member in document(name)["audience"]}
    created = sorted(moment(sample[handle]["created_at"]) for handle in defenders)
    assert (created[-1] - created[0]).days <= 7  # the eight "students" were made the same week
    assert all(comment["author_followers"] <= 40 for comment in defences)
    for post in own_posts(name):
        for comment in post.get("comments", []):
            if comment["author"] in defenders:
                critic = comment["text"].split(" ", 1)[0].lstrip("@")
                criticism = next(other for other in post["comments"] if other["author"] == critic)
                assert 0 < (moment(comment["created_at"]) - moment(criticism["created_at"])).total_seconds() <= 3600
    vendor = [message["text"] for message in messages_of(name, "received")
              if message["counterpart"] == "replyforce.agency"]
    assert any("$6 per reply" in text for text in vendor)
    assert any("argue with them" in message["text"] for message in messages_of(name, "sent"))


def test_a_mentor_buries_refund_callouts_under_a_giveaway_and_quotes_the_entries():
    name = "h20_en_travel_mentor_buries_refund_callouts_under_a_giveaway"
    giveaway = next(post for post in own_posts(name) if "GIVEAWAY" in post["text"])
    entries = [comment for comment in giveaway["comments"] if "@" in comment["text"]]
    assert len(entries) >= 6
    quoted = [post for post in own_posts(name) if "answers every question honestly" in post["text"]]
    assert quoted and any(comment["text"].startswith("What I love is she answers every question honestly")
                          for comment in entries)  # a giveaway entry, quoted back as a testimonial
    refunds = comments_matching(name, r"refund")
    assert len({comment["author"] for comment in refunds}) >= 1 and not any(_answer_to(name, c) for c in refunds)
    text, people = _same_dm_to_many(name)
    assert "giveaway" in text and "$1,797" in text and people <= {comment["author"] for comment in comments_of(name)}
    winner = next(post for post in own_posts(name) if "giveaway winner" in post["text"])
    arrival = next(follow for follow in follows_of(name, "in") if follow["counterpart"] == "sarah.k.wins")
    assert (moment(winner["created_at"]) - moment(arrival["created_at"])).days <= 1


def test_a_trainer_moves_complaints_to_private_messages_and_posts_invented_settlements():
    name = "h20_fr_formatrice_passe_en_prive_puis_publie_de_fausses_captures_reglees"
    to_private = [reply for reply in own_replies(name) if re.search(r"en privé|message privé", reply["text"])]
    assert len(to_private) >= 4
    screenshots = [post for post in own_posts(name) if "capture" in post["text"] and "–" in post["text"]]
    assert len(screenshots) >= 4
    for post in screenshots:
        quoted = post["text"].rsplit("– ", 1)[1].rstrip(")").lower()
        denials = [comment for comment in post.get("comments", [])
                   if comment["author"].startswith(quoted)
                   and re.search(r"jamais|PAS|fausse|pas écrit", comment["text"])]
        assert denials, quoted  # the student named in the "screenshot" denies it under the post
    stalls = [message for message in messages_of(name, "sent") if re.search(r"équipe|en cours", message["text"])]
    assert len(stalls) >= 3 and all(wrote_first(name, message["counterpart"]) for message in stalls)
    scored = verdict(name)
    assert "contested-and-silent" in rules_fired(scored) and scored.band != "likely_genuine"


def test_a_tipster_sells_through_a_partners_account_so_his_own_dms_stay_clean():
    name = "h20_fr_parieur_vend_par_le_compte_dune_associee_pour_garder_ses_dm_propres"
    assert sum("@lea.equipe.tg" in post["text"] for post in own_posts(name)) >= 5
    text, people = _same_dm_to_many(name)
    assert "Je ne vends rien" in text and len(people) >= 5 and all(wrote_first(name, person) for person in people)
    to_buyers = [message for message in messages_of(name, "sent") if message["counterpart"] != "lea.equipe.tg"]
    assert not any("€" in message["text"] for message in to_buyers)  # no price ever leaves his own inbox …
    reports = [message["text"] for message in messages_of(name, "received")
               if message["counterpart"] == "lea.equipe.tg"]
    assert sum("€" in report for report in reports) >= 2 and any("ta part" in report for report in reports)  # … hers
    assert any("ne me cites jamais" in message["text"] for message in messages_of(name, "sent"))
    assert comments_matching(name, r"SASU|Shutterstock|RIB")


def test_a_finance_explainer_cites_the_regulators_and_recruits_for_a_pyramid():
    name = "h20_fr_vulgarisateur_finance_cite_lamf_et_recrute_pour_une_pyramide"
    sourced = [post for post in own_posts(name) if re.search(r"INSEE|AMF|Banque de France|service-public|impots\.gouv",
                                                            post["text"])]
    assert len(sourced) >= 6
    text, people = _same_dm_to_many(name)
    assert "8 % par mois" in text and "invites 2 personnes" in text and "pas à moi" in text
    assert len(people) >= 5 and all(wrote_first(name, person) for person in people)
    stuck = comments_matching(name, r"retir|bloquée|pyramide|Ponzi|liste noire|y est depuis|plainte|attendent")
    assert len({comment["author"] for comment in stuck}) >= 4
    assert not any(_answer_to(name, comment) for comment in stuck)
