"""The one decision function: converging evidence, derived values, and the rules that read them."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.decision import DERIVED_FEATURES, decide, family_evidence, model_columns
from credscore.errors import RulesError
from credscore.features import feature_declarations, feature_names
from credscore.rules import load_rules
from credscore.signals.base import FAMILIES, Evidence, Feature, SignalResult

RULES = load_rules(known_features=feature_names())
# The model's columns, and a column of each family the model has none of (the decision reads families, not names).
COLUMNS = model_columns(text=False)
for _family in FAMILIES:
    if not any(feature.family == _family for feature in COLUMNS):
        COLUMNS.append(Feature(_family, "a", "a", towards="fake", family=_family))
FAMILY_OF = np.asarray([feature.family for feature in COLUMNS])


def _pushes(talk: float, broadcasting: float, audience: float = 0.0, engagement: float = 0.0,
            silence: float = 0.0) -> np.ndarray:
    """Pushes that add up to each family's given total over that family's columns, plus ``silence`` on the share
    of replies in the account's own words (a genuine habit it lacks: broadcasting, but no mechanic)."""
    pushes = np.zeros(len(COLUMNS))
    for family, total in (("hollow_talk", talk), ("broadcasting", broadcasting), ("audience", audience),
                          ("engagement", engagement)):
        members = family == FAMILY_OF
        pushes[members] = total / members.sum()
    pushes[[feature.name for feature in COLUMNS].index("reply_share")] += silence
    return pushes


def _results(**values: dict[str, float]) -> dict[str, SignalResult]:
    """Every signal measurable with zeros, except the given ``signal={feature: value}`` overrides, each of which
    quotes a post as a measured habit does."""
    results = {}
    for name, feature in feature_declarations():
        result = results.setdefault(name, SignalResult(name, True, {}, {}))
        value = values.get(name, {}).get(feature.name, 0.0)
        result.values[feature.name] = value  # type: ignore[index]
        if value:
            result.evidence[feature.name] = (Evidence("post", 0, "twitter", f"a post behind {feature.name}"),)  # type: ignore[index]
    return results


def _decide(probability, talk, broadcasting, *, audience=0.0, engagement=0.0, silence=0.0, results=None, readable=1.0,
            platforms=3, messages=10, bios=1, research=0.0, own_posts=50, rules=RULES):
    coverage = {"coverage.readable_share": readable, "coverage.platforms": platforms,
                "coverage.messages_sent": messages, "coverage.bios": bios, "coverage.own_posts": own_posts,
                "research.link_share": research}
    return decide(probability, _pushes(talk, broadcasting, audience, engagement, silence), COLUMNS,
                  results or _results(),
                  coverage=coverage, rules=rules)


@pytest.mark.parametrize(("pushes", "expected"), [
    ([1.5, -0.5, 3.0, 0.0, 0.0, 1.0], {"hollow_talk": 1.0, "broadcasting": 4.0, "audience": 0.0, "engagement": 0.0,
                                       "converging": 1.0, "mechanics": 3.0}),
    ([-1.0, 0.0, 4.0, 2.5, 0.0, -0.5], {"hollow_talk": -1.0, "broadcasting": 3.5, "audience": 2.5, "engagement": 0.0,
                                        "converging": 2.5, "mechanics": 4.0}),
    ([-1.0, 0.0, -2.0, 0.0, -0.5, 0.0], {"hollow_talk": -1.0, "broadcasting": -2.0, "audience": 0.0,
                                         "engagement": -0.5, "converging": -0.5, "mechanics": -2.0}),
    # Silence (a genuine habit lacking) adds to broadcasting, not to the mechanics shown.
    ([0.0, 0.0, 0.0, 6.0, 3.0, 2.5], {"hollow_talk": 0.0, "broadcasting": 2.5, "audience": 6.0, "engagement": 3.0,
                                      "converging": 3.0, "mechanics": 0.0}),
])
def test_family_evidence_sums_each_family_converging_and_mechanics(pushes, expected):
    columns = [Feature("a", "a", "a", towards="fake", family="hollow_talk"),
               Feature("b", "b", "b", towards="genuine", family="hollow_talk"),
               Feature("c", "c", "c", towards="fake", family="broadcasting"),
               Feature("d", "d", "d", towards="fake", family="audience"),
               Feature("e", "e", "e", towards="genuine", family="engagement"),
               Feature("f", "f", "f", towards="genuine", family="broadcasting")]
    values = family_evidence(np.asarray(pushes), columns)
    assert values == {f"family.{name}": value for name, value in expected.items()}
    assert set(values) | {"coverage.readable_share", "coverage.platforms", "coverage.messages_sent",
                          "coverage.bios", "coverage.own_posts", "research.link_share",
                          "views.worst_score"} == set(DERIVED_FEATURES)


def test_too_little_history_is_insufficient_data_whatever_the_model_says():
    decision = _decide(0.99, 5.0, 5.0, own_posts=RULES.verdict.minimum_own_posts - 1)
    assert decision.score is None and decision.band == "insufficient_data" and decision.hits == ()


@pytest.mark.parametrize(("talk", "broadcasting", "rule"), [
    (-1.0, 8.0, "broadcasting-without-hollow-talk"),   # a newspaper auto-posting its headlines everywhere
    (0.0, 8.0, "broadcasting-without-hollow-talk"),
    (6.0, -2.0, "hollow-talk-without-broadcasting"),   # marketing talk, but a person who answers people
    (6.0, 0.0, "hollow-talk-without-broadcasting"),
])
def test_one_family_alone_never_reaches_likely_fake(talk, broadcasting, rule):
    decision = _decide(0.999, talk, broadcasting)
    assert decision.band != "likely_fake"
    assert rule in {hit.rule.id for hit in decision.hits}


@pytest.mark.parametrize(("talk", "broadcasting", "audience", "engagement", "rule"), [
    (0.0, 0.0, 6.0, 0.0, "audience-without-own-habits"),    # spam accounts followed a creator whose post took off
    (-1.0, 0.5, 3.0, -0.5, "audience-without-own-habits"),
    (0.0, 0.0, 0.0, 5.0, "engagement-without-own-habits"),  # a creator in a pod, nothing else
    (0.2, -1.0, 0.5, 2.0, "engagement-without-own-habits"),
])
def test_followers_or_engagement_alone_never_reach_likely_fake(talk, broadcasting, audience, engagement, rule):
    decision = _decide(0.999, talk, broadcasting, audience=audience, engagement=engagement)
    assert decision.band != "likely_fake"
    assert {hit.rule.id for hit in decision.hits if hit.rule.effect == "cap"} == {rule}


@pytest.mark.parametrize(("talk", "broadcasting", "audience", "engagement"), [
    (0.0, 0.0, 4.0, 4.0),   # bought followers, who do not engage: both observations
    (0.0, 4.0, 4.0, 0.0),   # bought followers and a broadcasting machine
    (4.0, 0.0, 0.0, 4.0),   # a guru's hollow talk under pod comments
])
def test_followers_or_engagement_converge_with_any_other_family(talk, broadcasting, audience, engagement):
    decision = _decide(0.95, talk, broadcasting, audience=audience, engagement=engagement)
    assert decision.band == "likely_fake"
    assert decision.derived["family.converging"] == pytest.approx(4.0)


def test_converging_evidence_keeps_the_models_score():
    decision = _decide(0.9, 4.0, 6.0)
    assert decision.band == "likely_fake" and decision.score >= 90
    assert not {"broadcasting-without-hollow-talk", "hollow-talk-without-broadcasting"} & {
        hit.rule.id for hit in decision.hits}


def test_an_auto_dm_floor_needs_hollow_talk_too():
    dms = _results(welcome_dms={"welcome_share": 1.0}, auto_dms={"template_share": 1.0, "pitch_share": 0.0})
    shop = _decide(0.2, -1.5, 4.0, results=dms)  # a shop's welcome DM; real figures, no hollow talk
    guru = _decide(0.2, 3.0, 4.0, results=dms)
    assert shop.band != "likely_fake" and "auto-dm-new-followers" not in {hit.rule.id for hit in shop.hits}
    assert "auto-dm-new-followers" in {hit.rule.id for hit in guru.hits} and guru.band == "likely_fake"


def test_the_protective_rule_yields_to_strong_converging_evidence():
    protective = _results(business_metrics={"quantified_rate": 5.0},
                          conversation={"reply_share": 0.5, "generic_reply_share": 0.0})
    weak = _decide(0.95, 1.0, 1.6, results=protective)
    strong = _decide(0.95, 6.0, 8.0, results=protective)
    assert "quantified-metrics-and-conversation" in {hit.rule.id for hit in weak.hits}
    assert weak.band != "likely_fake"
    assert "quantified-metrics-and-conversation" not in {hit.rule.id for hit in strong.hits}
    assert strong.band == "likely_fake"


@pytest.mark.parametrize(("churn", "probability", "band"), [
    (0.8, 0.02, "uncertain"),     # follows people and unfollows them within the week: never "likely genuine"
    (0.5, 0.10, "uncertain"),
    (0.3, 0.02, "likely_genuine"),  # a few follows undone: people change their minds
    (0.8, 0.999, "uncertain"),    # and alone it accuses no one (the audience family is one observation)
])
def test_follow_for_follow_churn_withholds_likely_genuine_and_accuses_no_one(churn, probability, band):
    results = _results(growth={"follow_churn_share": churn, "unexplained_growth_share": 0.0})
    decision = _decide(probability, 0.0, 0.0, audience=2.0, results=results)
    assert decision.band == band
    assert ("follow-for-follow-churn" in {hit.rule.id for hit in decision.hits}) is (churn >= 0.5)


@pytest.mark.parametrize(("unexplained", "probability", "band"), [
    (0.98, 0.02, "uncertain"),     # nearly every follower came in a delivery no post explains: never "likely genuine"
    (0.95, 0.10, "uncertain"),
    (0.80, 0.02, "likely_genuine"),  # waves after its posts and steady growth between them: an earned audience
    (0.98, 0.999, "uncertain"),    # and alone it accuses no one (one observation of the audience family)
])
def test_unexplained_follower_bursts_withhold_likely_genuine_and_accuse_no_one(unexplained, probability, band):
    results = _results(growth={"follow_churn_share": 0.0, "unexplained_growth_share": unexplained})
    decision = _decide(probability, 0.0, 0.0, audience=2.0, results=results)
    assert decision.band == band
    assert ("unexplained-follower-bursts" in {hit.rule.id for hit in decision.hits}) is (unexplained >= 0.95)


@pytest.mark.parametrize(("audience", "unexplained", "probability", "band"), [
    (8.0, 0.95, 0.01, "uncertain"),       # followers bought by the thousand behind warm answers: never "genuine"
    (4.5, 0.95, 0.10, "uncertain"),       # (not 4.0 itself: the pushes are summed, and a sum may round either side)
    (2.5, 0.0, 0.01, "likely_genuine"),   # bots that followed a creator after a viral post: not the creator's doing
    (8.0, 0.95, 0.999, "uncertain"),      # and one family alone accuses no one
    (8.0, 0.0, 0.01, "likely_genuine"),   # many spam followers, all gained in the wake of a post that travelled
])
def test_followers_bought_on_a_large_scale_withhold_likely_genuine_and_accuse_no_one(audience, unexplained,
                                                                                      probability, band):
    # The audience family's push comes from followers that look bought (mass-followers), which the rule quotes.
    results = _results(growth={"unexplained_growth_share": unexplained}, audience_quality={"mass_follower_share": 0.6})
    decision = _decide(probability, 0.0, 0.0, audience=audience, results=results)
    assert decision.band == band
    assert ("bought-audience-not-genuine" in {hit.rule.id for hit in decision.hits}) is (audience >= 4.0
                                                                                       and unexplained >= 0.5)


@pytest.mark.parametrize(("welcomed", "pitched", "talk", "silence", "band"), [
    (1.0, 0.8, 1.0, 2.5, "likely_fake"),      # a pitch to every new follower within hours, and some hollow talk
    (0.9, 0.5, 0.6, 2.5, "likely_fake"),
    (1.0, 0.8, -1.0, 2.5, "likely_genuine"),  # a shop's welcome with a discount code, and its real figures in the posts
    (1.0, 0.2, 1.0, 2.5, "likely_genuine"),   # welcomes that offer nothing
    (0.2, 0.9, 1.0, 2.5, "likely_genuine"),   # a pitch to a few followers: outreach, not a habit of greeting
    (1.0, 0.8, 1.0, -2.0, "likely_genuine"),  # a shop that answers its customers all day: its welcome offer is a shop's
])
def test_a_pitch_to_most_new_followers_within_hours_with_hollow_talk_is_likely_fake(welcomed, pitched, talk, silence,
                                                                                      band):
    # Messages written afresh for each follower: no template, so only the pattern and the offer can tell. Silence and
    # no other mechanic: the welcome habit is the mechanic the silence rules look for.
    results = _results(welcome_dms={"welcome_share": welcomed},
                       auto_dms={"template_share": 0.0, "pitch_share": pitched})
    decision = _decide(0.02, talk, 0.0, silence=silence, results=results)
    assert decision.band == band
    assert ("pitch-dms-to-new-followers" in {hit.rule.id for hit in decision.hits}) is (band == "likely_fake")


@pytest.mark.parametrize(("platforms", "messages", "capped"), [(1, 0, True), (2, 0, False), (1, 3, False)])
def test_one_platform_and_no_dms_asks_for_strong_convergence(platforms, messages, capped):
    weak = _decide(0.95, 1.5, 2.0, platforms=platforms, messages=messages)
    strong = _decide(0.95, 6.0, 8.0, platforms=platforms, messages=messages)
    assert ("narrow-history" in {hit.rule.id for hit in weak.hits}) is capped
    assert (weak.band != "likely_fake") is capped
    assert strong.band == "likely_fake"


@pytest.mark.parametrize(("platforms", "messages", "bios", "capped"), [
    (1, 0, 0, True),   # a feed of posts scraped on its own: it never presented itself
    (1, 0, 1, False),  # its bio was read
    (2, 0, 0, False),  # seen on two platforms
    (1, 2, 0, False),  # its DMs were read
])
def test_an_account_that_never_presented_itself_is_not_accused(platforms, messages, bios, capped):
    strong = _decide(0.99, 6.0, 8.0, platforms=platforms, messages=messages, bios=bios)
    assert ("no-self-presentation" in {hit.rule.id for hit in strong.hits}) is capped
    assert (strong.band == "uncertain") is capped
    assert capped or strong.band == "likely_fake"


@pytest.mark.parametrize(("talk", "mechanics", "audience", "engagement", "capped_by"), [
    (1.5, 0.0, 0.0, 0.0, "hollow-talk-and-silence"),  # a community manager or a professor who does not reply
    (0.0, 0.0, 2.0, 0.0, "audience-and-silence"),     # a creator followed by spam accounts, who does not reply
    (0.0, 0.0, 0.0, 2.0, None),                       # comments that look bought or exchanged, and no reply: two habits
    (3.0, 0.0, 0.0, 0.0, None),                       # very hollow talk still converges with silence
    (1.5, 2.0, 0.0, 0.0, None),                       # a mechanic shown (links, recycled posts, templated DMs)
    (0.0, 0.0, 2.0, 2.0, None),                       # bought followers that do not engage: two families
])
def test_silence_corroborates_mechanics_but_is_not_one(talk, mechanics, audience, engagement, capped_by):
    # The comments its posts get look bought (the same comment pasted by many accounts, a pod).
    comments = _results(comment_authenticity={"generic_comment_share": 0.6, "templated_comment_share": 0.8,
                                              "pod_share": 1.0})
    decision = _decide(0.97, talk, mechanics, audience=audience, engagement=engagement, silence=2.6, results=comments)
    assert decision.derived["family.broadcasting"] == pytest.approx(mechanics + 2.6)
    fired = {hit.rule.id for hit in decision.hits}
    if capped_by is None:
        assert decision.band == "likely_fake", fired
    else:
        assert capped_by in fired and decision.band == "uncertain"


@pytest.mark.parametrize(("platforms", "talk", "capped"), [
    (2, 1.5, True),    # a company copying its job offers from LinkedIn to X, in corporate words, answering no one
    (3, 1.5, False),   # the same text pushed to three networks is the checklist's mechanic
    (2, 3.0, False),   # very hollow talk still converges with silence
])
def test_copying_between_two_networks_is_not_a_mechanic_with_silence(platforms, talk, capped):
    copied = _results(cross_posting={"cross_platform_share": 1.0, "self_duplicate_share": 0.0})
    decision = _decide(0.97, talk, 0.0, silence=2.6, platforms=platforms, results=copied)
    fired = {hit.rule.id for hit in decision.hits}
    assert "hollow-talk-and-silence" not in fired  # identical cross-posting shown: a mechanic for that rule
    assert ("hollow-talk-and-silence-two-networks" in fired) is capped
    assert (decision.band == "uncertain") is capped
    assert capped or decision.band == "likely_fake"


@pytest.mark.parametrize(("talk", "capped"), [
    (0.8, True),    # a company copying each announcement to three networks, a few corporate words, no replies
    (1.2, False),   # the hollow-talk family shown: copying and silence converge with it
])
def test_copying_to_every_network_with_silence_needs_hollow_talk_to_accuse(talk, capped):
    copied = _results(cross_posting={"cross_platform_share": 1.0, "self_duplicate_share": 0.0})
    decision = _decide(0.9, talk, 0.0, silence=2.6, platforms=3, results=copied)
    fired = {hit.rule.id for hit in decision.hits}
    assert ("cross-posting-and-silence" in fired) is capped
    assert (decision.band == "uncertain") is capped
    assert capped or decision.band == "likely_fake"


@pytest.mark.parametrize("platforms", [2, 3])
def test_the_copying_rules_speak_only_of_an_account_that_copies(platforms):
    # Silence and moderate talk without copying: the silence rule holds it, and no reason says it copies.
    original = _results(cross_posting={"cross_platform_share": 0.0, "self_duplicate_share": 0.0})
    fired = {hit.rule.id for hit in _decide(0.9, 0.8, 0.0, silence=2.6, platforms=platforms, results=original).hits}
    assert "hollow-talk-and-silence" in fired
    assert not {"hollow-talk-and-silence-two-networks", "cross-posting-and-silence"} & fired


@pytest.mark.parametrize(("research", "talk", "broadcasting", "capped"), [
    (0.15, 2.0, 2.0, True),    # a marketing researcher linking her papers
    (0.05, 2.0, 2.0, False),   # one paper in twenty posts is no habit
    (0.15, 4.0, 4.0, False),   # very strong converging evidence still counts
])
def test_linking_research_keeps_an_account_out_of_likely_fake(research, talk, broadcasting, capped):
    decision = _decide(0.97, talk, broadcasting, research=research)
    assert ("shares-research" in {hit.rule.id for hit in decision.hits}) is capped
    assert (decision.band == "uncertain") is capped


def test_coverage_values_of_an_analysed_account():
    from credscore.decision import coverage_values
    from tests.conftest import analysed

    values = coverage_values(analysed(
        [{"platform": "Twitter", "text": "one"}, {"platform": "twitter", "text": "two"},
         {"platform": "mastodon", "text": "three"}],
        messages=[{"platform": "twitter", "direction": direction, "text": text, "created_at": f"2024-01-01T00:0{i}:00Z"}
                  for i, (direction, text) in enumerate([("sent", "hi"), ("received", "yo")])]))
    assert values == {"coverage.readable_share": 1.0, "coverage.platforms": 2.0, "coverage.messages_sent": 1.0,
                      "coverage.bios": 0.0, "coverage.own_posts": 3.0, "research.link_share": 0.0}


@pytest.mark.parametrize(("bios", "expected"), [
    ([], 0.0),
    ([None], 0.0),
    (["   "], 0.0),                                   # a blank bio presents nothing
    (["Boulangère à Lyon"], 1.0),
    (["Boulangère à Lyon", None, "Baker in Lyon"], 2.0),
])
def test_coverage_counts_the_profiles_that_carry_a_bio(bios, expected):
    from credscore.decision import coverage_values
    from tests.conftest import analysed

    profiles = [{"platform": f"p{i}", "handle": f"h{i}", "bio": bio} for i, bio in enumerate(bios)]
    assert coverage_values(analysed(["un", "deux"], profiles=profiles))["coverage.bios"] == expected


def test_an_account_it_cannot_read_stays_uncertain_at_most():
    decision = _decide(0.99, 5.0, 8.0, readable=0.1)
    assert decision.band != "likely_fake" and "unreadable-language" in {hit.rule.id for hit in decision.hits}


@settings(max_examples=200, deadline=None, derandomize=True)
@given(probability=st.floats(0, 1), talk=st.floats(-10, 10), broadcasting=st.floats(-10, 10),
       audience=st.floats(-10, 10), engagement=st.floats(-10, 10), readable=st.floats(0, 1),
       platforms=st.integers(1, 4), messages=st.integers(0, 3))
def test_score_in_range_and_likely_fake_only_on_converging_evidence(probability, talk, broadcasting, audience,
                                                                    engagement, readable, platforms, messages):
    decision = _decide(probability, talk, broadcasting, audience=audience, engagement=engagement, readable=readable,
                       platforms=platforms, messages=messages)
    assert 0.0 <= decision.score <= 100.0
    if decision.band == "likely_fake":
        # Two families at least reached the level below which the protective caps hold the score down.
        reached = [talk >= _cap_threshold("broadcasting-without-hollow-talk") - 1e-9,
                   broadcasting >= _cap_threshold("hollow-talk-without-broadcasting") - 1e-9,
                   audience >= _cap_threshold("audience-without-own-habits") - 1e-9,
                   engagement >= _cap_threshold("engagement-without-own-habits") - 1e-9]
        assert sum(reached) >= 2
        assert readable >= _cap_threshold("unreadable-language")


def _cap_threshold(rule_id: str) -> float:
    (rule,) = [rule for rule in RULES.rules if rule.id == rule_id]
    assert rule.effect == "cap" and rule.amount < RULES.verdict.likely_fake_from
    return rule.when[0].value


@settings(max_examples=150, deadline=None, derandomize=True)
@given(probability=st.floats(0, 1), families=st.lists(st.floats(-10, 10), min_size=4, max_size=4),
       more=st.floats(0, 5), which=st.sampled_from(["hollow_talk", "broadcasting", "audience", "engagement",
                                                    "probability"]))
def test_more_evidence_towards_fake_never_lowers_the_score(probability, families, more, which):
    names = ("hollow_talk", "broadcasting", "audience", "engagement")
    values = dict(zip(names, families, strict=True))
    before = _decide(probability, values["hollow_talk"], values["broadcasting"], audience=values["audience"],
                     engagement=values["engagement"]).score
    if which == "probability":
        probability = min(1.0, probability + more / 5)
    else:
        values[which] += more
    after = _decide(probability, values["hollow_talk"], values["broadcasting"], audience=values["audience"],
                    engagement=values["engagement"]).score
    assert after >= before - 1e-9


def test_user_rules_may_name_derived_values_and_unknown_names_are_refused(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('[[rule]]\nid = "strict"\nwhen = [{ feature = "family.converging", op = ">=", value = 1 }]\n'
                    'effect = "add"\namount = 5\nreason_en = "x"\nreason_fr = "x"\n')
    rules = load_rules(mine, known_features=feature_names())
    assert "strict" in {hit.rule.id for hit in _decide(0.5, 3.0, 3.0, rules=rules).hits}
    mine.write_text(mine.read_text().replace("family.converging", "family.nonsense"))
    with pytest.raises(RulesError, match=r"unknown feature 'family\.nonsense'"):
        load_rules(mine, known_features=feature_names())


@pytest.mark.parametrize(("comments", "capped"), [
    (None, True),  # a newspaper's large, passive following: engagement far below its tier, no comment of note
    ({"generic_comment_share": 0.2, "templated_comment_share": 0.1, "pod_share": 0.0}, True),  # ordinary comments
    ({"generic_comment_share": 0.2, "templated_comment_share": 0.8, "pod_share": 0.0}, False),  # pasted comments
    ({"generic_comment_share": 0.5, "templated_comment_share": 0.3, "pod_share": 1.0}, False),  # a pod
])
def test_weak_engagement_beside_silence_is_no_second_habit_but_bought_comments_are(comments, capped):
    results = _results(comment_authenticity=comments) if comments else None
    decision = _decide(0.97, 0.0, 0.0, engagement=2.0, silence=2.6, results=results)
    assert ("engagement-and-silence" in {hit.rule.id for hit in decision.hits}) is capped
    assert decision.band == ("uncertain" if capped else "likely_fake")


@pytest.mark.parametrize(("pod", "silence", "band"), [
    (1.0, 2.6, "uncertain"),       # the same circle comments every post within minutes, and it answers no one
    (0.5, 2.6, "likely_genuine"),  # a circle on half the posts
    (1.0, -1.0, "likely_genuine"),  # it talks with its commenters: a community, not a pod it joined
])
def test_an_engagement_pod_around_a_silent_account_withholds_likely_genuine(pod, silence, band):
    results = _results(comment_authenticity={"pod_share": pod})
    decision = _decide(0.02, 0.0, 0.0, silence=silence, results=results)
    assert decision.band == band
    assert ("pod-not-genuine" in {hit.rule.id for hit in decision.hits}) is (band == "uncertain")


@pytest.mark.parametrize(("own_posts", "talk", "broadcasting", "capped"), [
    (6, 0.6, 3.3, True),    # six posts, one link through a shortener, one about social media: too thin to accuse
    (9, 1.5, 4.0, True),
    (10, 1.5, 4.0, False),  # ten posts: the usual rules
    (6, 2.5, 4.0, False),   # strong convergence even in a few posts
])
def test_a_thin_history_needs_strong_convergence(own_posts, talk, broadcasting, capped):
    decision = _decide(0.95, talk, broadcasting, own_posts=own_posts)
    assert ("thin-history" in {hit.rule.id for hit in decision.hits}) is capped
    assert (decision.band == "uncertain") is capped


@pytest.mark.parametrize(("comments", "capped"), [
    (None, True),  # no comments to read: a newspaper's passive audience, however few likes per follower
    ({"generic_comment_share": 0.1, "templated_comment_share": 0.0, "pod_share": 0.0}, True),
    ({"generic_comment_share": 0.7, "templated_comment_share": 0.6, "pod_share": 1.0}, False),  # bought or a pod
])
def test_a_passive_audience_beside_broadcasting_is_no_second_habit(comments, capped):
    results = _results(comment_authenticity=comments) if comments else _results()
    if comments is None:
        results["comment_authenticity"] = SignalResult("comment_authenticity", False, {}, {}, note="no comments")
    decision = _decide(0.97, 0.0, 4.0, engagement=2.1, results=results)
    assert ("broadcasting-and-a-passive-audience" in {hit.rule.id for hit in decision.hits}) is capped
    assert (decision.band == "uncertain") is capped
