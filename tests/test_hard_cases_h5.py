"""Fifth round of hand-written hard cases (issue 11): after the model learnt that organic likes and comments are no
alibi, the marketers who are most at risk of accusation and the fake experts with tricks not tried before.

The twelve accounts in ``tests/hard_cases/h5_*.json`` were written by hand, outside the generator, as an
independent auditor would. Six are genuine and talk about marketing for a living: a newsletter curator posting
marketing links with a one-line take through a scheduler, never replying (the same link on X and LinkedIn); a
social-media agency talking engagement and community with client figures (CPA, conversion rates, budgets); a growth
marketer posting A/B test results and answering questions; a football club's community manager (match-day line-ups
and results cross-posted to three networks, "merci pour votre engagement", replies to fans); a university lecturer
who teaches social media in French and English; a one-woman pottery shop whose posts are product links with prices.
Six are fake experts: buzzwords hyphenated or given a stray accent ("éngagement", "commu-nauté", "story-telling"); a
French and an English copy of each hollow post; long LinkedIn posts with emoji bullet lists and invented round
results ("+300 % de visibilité", "x10 sur son chiffre d'affaires"); a famous quote on every post around hollow
advice; an Instagram creator with a real-looking audience (organic counters, varied comments) who pitches her
programme by DM, in personalised words, to every new follower; "Must read 👇" and a shortener, nothing else.

Asserted (with every round's cases, in ``tests/test_hard_case_rounds.py``): the auditor's band for every case
credscore meets; no genuine account, nor a thinner or one-platform view of one, in ``likely_fake``; no fake that
credscore does not already let through in ``likely_genuine``.

What this round changed: two fakes passed as ``likely_genuine``. The buzzwords cut by hyphens or given a stray accent
matched no lexicon entry (26 % of posts with a buzzword; 70 % once read as a reader reads them: see
``credscore.nlp.respell``); and hollow talk as strong as a guru's (``family.hollow_talk`` 3.07 for the invented
results, with six short replies and organic comments; 2.44 for the disguised buzzwords) did not stop the model's
probability from falling to 0.01 (the invented round results also count as business measures). Rule
``hollow-talk-not-genuine`` keeps such talk ``uncertain`` at least: both are ``uncertain`` (35) now, asserted.

Later (session 8): the creator who pitches her programme by DM escaped as ``likely_genuine`` (0.3) until then: her
sixteen DMs are personalised (template share 0), sent 4-55 minutes after the follow (the welcome window was ten
minutes) and their offer ("a few spots in my Creator Accelerator, want the details?") was in no lexicon. Welcome
DMs are now those within three hours of the follow, the sales-pitch lexicon holds the offers of a message written
for each follower, and rule ``pitch-dms-to-new-followers`` (a pitch to most new followers within hours, with some
hollow talk in the posts) floors her at 65: ``likely_fake``, asserted.

Not asserted (credscore disagrees with a careful auditor today; scores with the model of commit 438f283):

- ``h5_fr_guru_copies_fr_en`` (fake): 60, uncertain (asserted: not likely_genuine). Rule ``hollow-talk-and-silence``
  caps a model probability of 0.72; reasons conversation.reply_share 0 % (+2.54), buzzwords.post_share 63 % (+1.73),
  engagement.comments_per_like (-0.29). A French and an English copy of each post are not near-duplicates (self
  duplicate share 0), every post at 06:00, 14:00 or 14:30 sharp pushes nothing (round-minute share 100 %), so the
  rule reads "no broadcasting mechanic"; its first twelve posts alone score 94.5, likely_fake.
- ``h5_en_marketing_newsletter_curator`` (genuine): 44.1, uncertain (asserted: not likely_fake). No rule; reasons
  conversation.reply_share 0 % (+2.54), link_only.link_share 76 % (+0.50). Her one-line takes hold figures, but a
  curator who never replies reads as a broadcaster; "uncertain" is defensible, "likely genuine" is the auditor's.
"""

from __future__ import annotations

import pytest

from tests.hard_case_support import (
    HARD_CASES,
    assert_format_1_1_history,
    assert_no_comment_reused,
)
from tests.hard_case_support import document as _document
from tests.hard_case_support import rules_fired as _rules_fired
from tests.hard_case_support import verdict as _verdict

H5_CASES = sorted(path.stem for path in HARD_CASES.glob("h5_*.json"))

GENUINE = ("h5_en_marketing_newsletter_curator", "h5_fr_agence_social_media_chiffres",
           "h5_en_growth_marketer_ab_tests", "h5_fr_community_manager_club_foot",
           "h5_fr_formatrice_medias_sociaux_universite", "h5_en_eshop_product_links_prices")
FAKE = ("h5_fr_guru_buzzwords_tordus", "h5_fr_guru_copies_fr_en", "h5_fr_guru_resultats_inventes",
        "h5_en_guru_famous_quotes", "h5_en_guru_dm_programme_real_audience", "h5_en_guru_must_read_reposts")
# Where credscore disagrees with the auditor today (see the module docstring): not asserted.
ESCAPING_FAKES: tuple[str, ...] = ()
# The band a careful human auditor gives, for the cases where credscore agrees.
AUDITOR_BAND = {
    **{name: "likely_genuine" for name in GENUINE if name != "h5_en_marketing_newsletter_curator"},
    "h5_en_guru_famous_quotes": "likely_fake",
    "h5_en_guru_must_read_reposts": "likely_fake",
    "h5_en_guru_dm_programme_real_audience": "likely_fake",
}
FIRST_POSTS = 12


def test_the_cases_are_what_the_brief_asks_for():
    assert sorted(GENUINE + FAKE) == H5_CASES
    assert set(ESCAPING_FAKES) <= set(FAKE)
    for group in (GENUINE, FAKE):
        languages = [_document(name)["lang"] for name in group]
        assert languages.count("fr") == languages.count("en") == 3, group
    for name in H5_CASES:
        assert_format_1_1_history(name)
    # Some answer others, some hold direct messages.
    assert sum(any(post.get("kind") == "reply" for post in _document(name)["posts"]) for name in H5_CASES) >= 6
    assert sum(bool(_document(name).get("messages")) for name in H5_CASES) >= 2


def test_no_comment_text_is_reused_across_posts():
    # Real commenters write different things: a small pool of identical comments would itself look like a pod.
    for name in H5_CASES:
        assert_no_comment_reused(name)


def test_a_club_cross_posting_its_match_days_and_thanking_supporters_is_not_accused():
    # The same line-up and final score on three networks, the same match-day template every week, and "merci pour
    # votre engagement" to supporters: seen as cross-posting, no buzzword habit, and the club still answers fans.
    verdict = _verdict("h5_fr_community_manager_club_foot")
    assert verdict.signals["cross_posting"].values["cross_platform_share"] >= 0.6
    assert verdict.signals["buzzwords"].values["post_share"] < 0.1
    assert verdict.signals["conversation"].values["reply_share"] > 0.1
    assert verdict.band == "likely_genuine"


def test_a_lecturer_whose_subject_is_social_media_is_not_accused_of_talking_only_about_it():
    verdict = _verdict("h5_fr_formatrice_medias_sociaux_universite")
    assert verdict.signals["topic_monoculture"].values["topic_share"] >= 0.5
    assert verdict.band == "likely_genuine"


def test_a_shop_linking_to_its_own_products_is_no_link_feed():
    # Every product post links to the shop the profiles name as its own: not pushing others' content.
    verdict = _verdict("h5_en_eshop_product_links_prices")
    assert verdict.signals["link_only"].values["link_share"] < 0.5
    assert "link-only-feed" not in _rules_fired(verdict)


def test_an_agency_talking_engagement_with_client_figures_is_genuine():
    verdict = _verdict("h5_fr_agence_social_media_chiffres")
    assert verdict.signals["business_metrics"].values["quantified_share"] > 0.2
    assert verdict.band == "likely_genuine"


def test_must_read_and_a_shortener_on_every_post_is_caught():
    verdict = _verdict("h5_en_guru_must_read_reposts")
    assert verdict.signals["link_only"].values["shortener_share"] >= 0.5
    assert verdict.band == "likely_fake"


@pytest.mark.parametrize("name", ["h5_fr_guru_resultats_inventes", "h5_fr_guru_buzzwords_tordus"])
def test_talk_as_hollow_as_a_gurus_is_never_likely_genuine(name):
    # A few replies and organic comments make the model's probability small; the talk keeps the band uncertain.
    verdict = _verdict(name)
    assert verdict.band == "uncertain", verdict.score
    assert "hollow-talk-not-genuine" in _rules_fired(verdict)


def test_buzzwords_cut_by_hyphens_or_given_an_accent_are_read_as_buzzwords():
    # "éngagement", "commu-nauté", "story-telling", "vi-ra-lité": a reader reads the buzzword, so does credscore.
    verdict = _verdict("h5_fr_guru_buzzwords_tordus")
    assert verdict.signals["buzzwords"].values["post_share"] >= 0.6
    quoted = [item.excerpt for reason in verdict.reasons for item in reason.evidence]
    assert any("commu-nauté" in text or "éngagement" in text for text in quoted), "evidence quotes the text as written"
