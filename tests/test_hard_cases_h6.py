"""Sixth round of hand-written hard cases (issue 11): organisations and professionals whose exports hold few or no
replies, the accounts credscore is most likely to accuse wrongly, and fake experts with tricks not tried before.

The twelve accounts in ``tests/hard_cases/h6_*.json`` were written by hand, outside the generator, as an
independent auditor would. Seven are genuine and their exports hold few or no replies: a software publisher's
recruiting account pasting each job offer from LinkedIn to X minutes later, in HR's corporate words ("leadership",
"passion", "écosystème", "digital") beside salaries, stacks and cities; a B2B SaaS company whose scheduler publishes
product news and customer stories (with their figures) to three networks in the same minute; a developers'
conference announcing speakers and practical information on LinkedIn, X and Mastodon, never replying; a parents'
campaign for greener schoolyards ("mobilisation", "engagement", "communauté") scheduled on three networks at round
times; a university library (opening hours, exhibitions, three answers); an HR consultant's long LinkedIn posts on
leadership and management with her clients' figures, one network only; a tourist office scheduling each post to
three networks and answering visitors' questions by DM, by hand. Five are fake experts: a LinkedIn growth coach whose
DM to each new follower is written for that follower by a tool (different words each time, 5-90 minutes after the
follow) and sells a free "strategy call"; a mindset coach whose tool answers every comment with one of eleven
slogans and the commenter's name; an AI-productivity guru whose scheduler posts hollow lines ending "link in the
first comment" and drops the funnel link in its own comment a minute later; a personal-branding guru on two networks
only, paraphrasing each post (tutoiement on Instagram, vouvoiement on LinkedIn); a LinkedIn ghostwriting agency
promising "x10 sur votre portée" with invented case figures.

Asserted (with every round's cases, in ``tests/test_hard_case_rounds.py``): the auditor's band for every case
credscore meets; no genuine account, nor a thinner or one-platform view of one, in ``likely_fake``; no genuine
account accused of a blatant habit by a rule; no fake that credscore does not already let through in
``likely_genuine``.

What this round changed: the recruiter was accused of a blatant habit (rule ``identical-cross-posting``, +5, "the same
hollow text on several platforms") for pasting its offers from LinkedIn to X; that rule now asks for three networks at
least, the checklist's "Twitter, Facebook, LinkedIn and the blog" (22.0, likely_genuine, no rule; 3.6 once its HR
words stopped counting as buzzwords, below; on the generated corpus the change moves no genuine account into
likely_fake and takes no gaming fake out of it). And its figures about invoices, late fees, absenteeism or turnover,
like the SaaS company's and the HR consultant's, counted as no business measure: the business-metrics lexicon now
holds the measures of operations, payment and staff too (``data/lexicons/business_metrics.toml``), and the words of
ordinary HR writing are no longer buzzwords (``data/lexicons/buzzwords.toml``).

Later (session 8): the growth coach whose tool writes each new follower's DM afresh escaped as ``likely_genuine``
(1.2) until then: template share 0, sent 5-90 minutes after the follow (the welcome window was ten minutes), each
pitch worded anew ("a couple of free 20-minute strategy calls", "a complimentary clarity session"). What catches it
is the pattern, not the words: welcome DMs are now those within three hours of the follow, the sales-pitch lexicon
holds the offers of a message written for each follower, and rule ``pitch-dms-to-new-followers`` floors it at 65:
``likely_fake``, asserted.

Not asserted (credscore disagrees with a careful auditor today; scores with model credscore-default@3a373a9df423 and
the rules and lexicons of this round):

- ``h6_en_guru_link_in_first_comment`` (fake; asserted ``likely_fake`` since, below): 4.9, likely_genuine, no rule;
  probability 0.05. Reasons:
  conversation.reply_share 0 % (+2.54), conversation.generic_reply_share 100 % (+0.69),
  engagement.comments_per_like 0.1 (-0.56). The posts carry no link; the guru's own first comments ("Here you go 👉
  URL") read as generic replies, not link posts (link share 17 %); the lead magnet announced in every post ("free
  masterclass", "free guide", "link in the first comment") is read nowhere, the sales-pitch lexicon being applied to
  DMs only; AI-hype talk is not in the buzzword lexicon (post share 2 %); round-minute share 67 % is no reason.
  Since fixed: the ``lead_magnets`` signal reads the bait in 67 % of his posts and rule ``lead-magnet-funnel`` (bait,
  the link dropped in his own replies, no conversation) makes him 65, ``likely_fake`` (model
  credscore-default@571e82898e23, probability 0.34).
- ``h6_fr_agence_ghostwriting_x10`` (fake): 49.3, uncertain (asserted: not likely_genuine); probability 0.44, rules
  hollow-talk-not-genuine (floor 35), self-proclaimed-title (+5) (identical-cross-posting no longer: two networks).
  Reasons: conversation.reply_share 9 % (+1.36), engagement.comments_per_like 0.1 (-0.56),
  topic_monoculture.topic_term_rate (+0.47), topic_monoculture.topic_share 34 % (+0.39). The invented figures are
  rightly no business measure (views, impressions: quantified share 0), but the promises ("x10 ou remboursé",
  "publications illimitées sur LinkedIn, X et Instagram": promise share 6 %) and the round scheduled times (91 %)
  weigh little.
- ``h6_fr_guru_deux_reseaux_paraphrases`` (fake): 60, uncertain when written (asserted until session 11);
  probability 0.69, capped by hollow-talk-and-silence. Reasons: buzzwords.post_share 50 %
  (+1.37), conversation.generic_reply_share 75 % (+0.49). A paraphrase per network is not seen as cross-posting
  (cross-platform share 0), so silence and hollow talk short of the very hollow level are all that is seen.
  Since the model of session 12 (retrained with the ``reciprocity`` signal and the sharper DM and audience readings):
  28.9, ``likely_genuine`` (probability 0.29; 36.7 with the previous model): it escapes, and is listed in
  ``ESCAPING_FAKES``. Its families: hollow talk +1.5, broadcasting +2.5 (mostly silence, mechanics +0.3), below the
  2.0 of ``converging-habits-not-genuine``. A floor on two families at 1.25 would hold it, but on the generated corpus
  it only moves genuine social-media professionals (three, at 1.0 or 1.25), so none was added: the paraphrase per
  network is what credscore does not see. Since the model of session 13 (credscore-default@6546af6c9505, retrained
  with the ``reframes`` signal): 60.0, ``uncertain`` again (reframes.reframe_share 15 %: "ta communauté ne veut pas
  de la perfection. Elle veut de l'authenticité", "le storytelling n'est pas un gadget, c'est …"; floors
  ``hollow-talk-not-genuine`` and ``hollow-talk-and-silence``): no longer in ``ESCAPING_FAKES``.
- ``h6_fr_recrutement_editeur_logiciel`` (genuine, asserted likely_genuine): 46 % of its job offers held a word
  of ordinary HR writing ("leadership", "passion", "écosystème", "digital"), which the buzzword lexicon counted as a
  guru's talk (buzzwords.post_share +1.26; its X copies alone: model probability 0.95, capped at 60 by the silence
  rules). Those words are no longer buzzwords (``data/lexicons/buzzwords.toml``): 3.6, its X copies alone 0.26.

Also seen, asserted where it holds: thin views of the conference (first twelve posts 59.9; Mastodon alone: model
0.69, capped at 60) and of the campaign (first twelve posts 38.8) are uncertain, kept out of likely_fake by the caps
rather than by the model; the tool-reply guru (94.6) falls to 11.1, likely_genuine, without its bios (the self-title
carries the verdict), and in its first twelve posts the tool's replies read as conversation (reply_share -2.87);
real figures about invoices, late fees, absenteeism or turnover count as no business measure (quantified share 0 for
the SaaS company and the consultant, before this round's lexicon).
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

import pytest

from credscore.account import parse_account
from credscore.verdict import Verdict
from tests.hard_case_support import (
    BLATANT_HABIT_RULES,
    HARD_CASES,
    assert_format_1_1_history,
    assert_no_comment_reused,
    scorer,
)
from tests.hard_case_support import document as _document
from tests.hard_case_support import rules_fired as _rules_fired
from tests.hard_case_support import verdict as _verdict

H6_CASES = sorted(path.stem for path in HARD_CASES.glob("h6_*.json"))

GENUINE = ("h6_fr_recrutement_editeur_logiciel", "h6_en_b2b_saas_scheduler", "h6_fr_conference_annonces_speakers",
           "h6_fr_collectif_campagne_scheduler", "h6_en_university_library", "h6_fr_consultante_rh_leadership",
           "h6_en_tourism_office_crosspost")
FAKE = ("h6_en_guru_llm_personalised_dms", "h6_en_guru_tool_generated_replies", "h6_en_guru_link_in_first_comment",
        "h6_fr_guru_deux_reseaux_paraphrases", "h6_fr_agence_ghostwriting_x10")
# Where credscore disagrees with the auditor today (see the module docstring): not asserted.
ESCAPING_FAKES: tuple[str, ...] = ()
ACCUSED_OF_A_HABIT: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE},
    "h6_en_guru_tool_generated_replies": "likely_fake",
    "h6_en_guru_llm_personalised_dms": "likely_fake",
    # Since the lead_magnets signal and rule lead-magnet-funnel (session 9): see the module docstring.
    "h6_en_guru_link_in_first_comment": "likely_fake",
    # Since session 17: his LinkedIn read alone is a fake expert's (``fake-on-one-platform``).
    "h6_fr_guru_deux_reseaux_paraphrases": "likely_fake",
}
FIRST_POSTS = 12
# The organisations that publish each announcement on every network they have.
CROSS_POSTING_ORGANISATIONS = ("h6_en_b2b_saas_scheduler", "h6_fr_conference_annonces_speakers",
                               "h6_fr_collectif_campagne_scheduler", "h6_en_tourism_office_crosspost")


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H6_CASES
    assert len(GENUINE) == 7 and len(FAKE) == 5
    assert set(ESCAPING_FAKES) <= set(FAKE) and set(ACCUSED_OF_A_HABIT) < set(GENUINE)
    languages = {name: _document(name)["lang"] for name in H6_CASES}
    assert sorted(languages.values()).count("fr") == sorted(languages.values()).count("en") == 6
    assert [languages[name] for name in GENUINE].count("fr") >= 3
    assert [languages[name] for name in FAKE].count("en") >= 3
    for name in H6_CASES:
        assert_format_1_1_history(name)
    # Some answer others, some hold direct messages, one relates its messages to dated follows.
    assert sum(any(post.get("kind") == "reply" for post in _document(name)["posts"]) for name in H6_CASES) >= 6
    assert sum(bool(_document(name).get("messages")) for name in H6_CASES) >= 2
    assert any(_document(name).get("follows") and all(follow.get("created_at") for follow in _document(name)["follows"])
               for name in H6_CASES)


def test_no_small_pool_of_texts_is_reused_within_a_platform():
    # Real people and organisations write a new text for each post: copies go to another network, not the same one.
    # A reply tool's eleven slogans sometimes land twice on the same commenter's name, as they would.
    for name in H6_CASES:
        seen = [(post["platform"], post["text"]) for post in _document(name)["posts"]]
        assert len(set(seen)) >= (1 if name in GENUINE else 0.9) * len(seen), name


def test_no_comment_text_is_reused_across_posts():
    # Real commenters write different things: a small pool of identical comments would itself look like a pod.
    for name in H6_CASES:
        assert_no_comment_reused(name)


@pytest.mark.parametrize("name", CROSS_POSTING_ORGANISATIONS)
def test_an_organisation_posting_each_announcement_everywhere_is_not_accused(name):
    # A conference, a campaign, a SaaS company and a tourist office copy each announcement to every network: one
    # family of habits (broadcasting), with nothing hollow said, is no accusation.
    verdict = _verdict(name)
    assert verdict.signals["cross_posting"].values["cross_platform_share"] >= 0.8
    assert not BLATANT_HABIT_RULES & _rules_fired(verdict)
    assert verdict.band == "likely_genuine", verdict.score


def test_a_campaign_posting_through_a_scheduler_is_not_accused_of_clockwork():
    # Every post at 12:00, 18:00, 18:30 or 20:00 sharp, three networks within seconds: a scheduler, not a fake.
    verdict = _verdict("h6_fr_collectif_campagne_scheduler")
    assert verdict.signals["automation_cadence"].values["round_minute_share"] >= 0.9
    assert verdict.signals["automation_cadence"].values["burst_share"] >= 0.9
    assert verdict.band == "likely_genuine", verdict.score


def test_a_tourist_office_answering_visitors_by_dm_is_no_auto_dm():
    # Four visitors' questions answered by hand, hours later, each in its own words.
    verdict = _verdict("h6_en_tourism_office_crosspost")
    assert verdict.signals["auto_dms"].values["template_share"] == 0
    assert "auto-dm-new-followers" not in _rules_fired(verdict)
    assert verdict.band == "likely_genuine", verdict.score


def test_a_consultant_writing_about_leadership_with_figures_is_not_a_guru():
    # "Leadership" and "engagement" are her subject, written about with her clients' figures, on one network only.
    verdict = _verdict("h6_fr_consultante_rh_leadership")
    assert verdict.signals["buzzwords"].values["post_share"] > 0
    assert verdict.signals["platform_sprawl"].values["platform_count"] == 1
    assert verdict.band == "likely_genuine", verdict.score


def test_varied_canned_replies_from_a_tool_are_no_conversation():
    # "So true, Megan! Consistency is everything 🙌" and its ten variants, one under each comment: never an answer.
    verdict = _verdict("h6_en_guru_tool_generated_replies")
    assert verdict.signals["conversation"].values["reply_share"] < 0.05
    assert verdict.signals["conversation"].values["generic_reply_share"] >= 0.9
    assert verdict.band == "likely_fake", verdict.score


def _sent_a_day_later(name: str) -> Verdict:
    # The same history, each DM sent a day after the follow instead of within hours.
    shifted = copy.deepcopy(_document(name))
    for message in shifted["messages"]:
        when = datetime.fromisoformat(message["created_at"].replace("Z", "+00:00")) + timedelta(days=1)
        message["created_at"] = when.isoformat()
    return scorer().score(parse_account(shifted))


def test_a_dm_written_afresh_for_each_new_follower_is_still_the_automatic_dm():
    # Different words for every follower, 5-90 minutes after the follow, each offering a call: the pattern (nearly
    # every new follower pitched within hours) is the habit, not the template; the rule quotes the messages.
    verdict = _verdict("h6_en_guru_llm_personalised_dms")
    assert verdict.signals["auto_dms"].values["template_share"] == 0
    assert verdict.signals["welcome_dms"].values["welcome_share"] >= 0.9
    assert "pitch-dms-to-new-followers" in _rules_fired(verdict)
    reason = next(reason for reason in verdict.reasons
                  if reason.source == "rule" and reason.id == "pitch-dms-to-new-followers")
    assert reason.evidence and all(item.kind == "message" for item in reason.evidence)
    # Written a day after each follow, the same messages are a person's outreach, not a habit of greeting.
    later = _sent_a_day_later("h6_en_guru_llm_personalised_dms")
    assert later.signals["welcome_dms"].values["welcome_share"] == 0
    assert "pitch-dms-to-new-followers" not in _rules_fired(later)
