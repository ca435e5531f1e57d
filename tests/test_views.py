"""Platform views (credscore/views.py): each network's part read alone, and the rule that reads the worst one."""

from __future__ import annotations

import numpy as np
import pytest

from credscore.account import on_platform, parse_account
from credscore.evaluate import labelled_set
from credscore.features import feature_names
from credscore.model.training import ViewRows, featurize_with_views, shipped_scores
from credscore.nlp.analysis import analyse_accounts
from credscore.rules import load_rules
from credscore.scoring import Scorer
from credscore.signals.base import Evidence, SignalResult
from credscore.views import WORST_VIEW, could_change, from_view, platform_views, with_the_persons
from tests.hard_case_support import ALL_CASES, document, scorer, verdict

RULES = load_rules(known_features=feature_names())
MINIMUM = RULES.verdict.minimum_own_posts
LIKELY_FAKE = RULES.verdict.likely_fake_from
# A round-15 fake whose Threads and X, read alone, are likely fake, while his YouTube dilutes them as one history.
DILUTED = "h15_en_faceless_youtube_guru_sells_in_private_telegram"


def account(*parts: tuple[str, int, str]) -> dict:
    """An account of (platform, count, kind) parts of posts, each post's text its own."""
    posts = [{"platform": platform, "kind": kind, "text": f"{platform} {kind} number {n}: a note of mine"}
             for platform, count, kind in parts for n in range(count)]
    return {"id": "acct", "posts": posts}


@pytest.mark.parametrize(("parts", "expected"), [
    # One network: its part is the whole.
    ([("twitter", 40, "post")], ()),
    ([("twitter", 6, "post"), ("blog", 6, "post")], ("blog", "twitter")),
    # A part with fewer posts of its own than a verdict needs is no view.
    ([("twitter", 6, "post"), ("blog", MINIMUM - 1, "post")], ("twitter",)),
    # Reposts are others' words: they make a platform, not a view's history.
    ([("twitter", 6, "post"), ("linkedin", 9, "repost")], ("twitter",)),
    ([("twitter", 3, "post"), ("blog", 3, "post")], ()),
    # Platform names are compared as the account format writes them.
    ([("Twitter", 3, "post"), ("twitter", 3, "post"), ("blog", 5, "post")], ("blog", "twitter")),
])
def test_platform_views_are_the_parts_with_a_history_of_their_own(parts, expected):
    views = platform_views(parse_account(account(*parts)), MINIMUM)
    assert tuple(view.platform for view in views) == expected


def test_a_view_knows_where_each_of_its_items_sits_in_the_whole():
    whole = parse_account(document(DILUTED))
    for view in platform_views(whole, MINIMUM):
        assert view.account == on_platform(whole, view.platform)
        for part, positions in view.positions.items():
            assert [whole_item for index, whole_item in enumerate(getattr(whole, part)) if index in positions] == \
                list(getattr(view.account, part))
        post = view.positions["posts"][-1]
        item = Evidence("post", len(view.account.posts) - 1, view.platform, "")
        comment = Evidence("comment", len(view.account.posts) - 1, view.platform, "", comment=0)
        assert [moved.index for moved in from_view([item, comment], view)] == [post, post]


@pytest.mark.parametrize("name", ALL_CASES[::7])
def test_a_view_is_read_as_its_part_alone_would_be(name):
    """A view reuses its account's reading of each text; on these cases it is the reading of the part alone."""
    whole = parse_account(document(name))
    (analysed,) = analyse_accounts([whole])
    for view in platform_views(whole, MINIMUM):
        (alone,) = analyse_accounts([view.account])
        read = view.read(analysed)
        assert (read.posts, read.messages, read.bios) == (alone.posts, alone.messages, alone.bios)
        assert (read.language, read.readable_share) == (alone.language, pytest.approx(alone.readable_share))


@pytest.mark.parametrize(("rules", "score", "expected"), [
    # The bundled rule is a floor at the likely-fake threshold: a score there already cannot change.
    (None, LIKELY_FAKE - 0.1, True),
    (None, LIKELY_FAKE, False),
    (None, 100.0, False),
    # No rule reads the views: never.
    ('[[rule]]\nid = "fake-on-one-platform"\nenabled = false\n', 10.0, False),
    # A cap or an add reading them may change any score.
    ('[[rule]]\nid = "clean-everywhere"\nwhen = [{ feature = "views.worst_score", op = "<", value = 20 }]\n'
     'effect = "cap"\namount = 30\nreason_en = "x"\nreason_fr = "x"\n', 100.0, True),
    # A floor that holds of an unmeasured worst view fired without the views: measured, it might not.
    ('[[rule]]\nid = "unseen"\nwhen = [{ feature = "views.worst_score", op = ">=", value = 90, if_unmeasured = true }]'
     '\neffect = "floor"\namount = 10\nreason_en = "x"\nreason_fr = "x"\n', 50.0, True),
])
def test_views_are_scored_only_where_a_rule_could_change_the_score(rules, score, expected, tmp_path):
    path = None
    if rules is not None:
        path = tmp_path / "rules.toml"
        path.write_text(rules, encoding="utf-8")
    assert could_change(load_rules(path, known_features=feature_names()), score) is expected


@pytest.fixture(scope="module")
def without_views(tmp_path_factory) -> Scorer:
    path = tmp_path_factory.mktemp("rules") / "off.toml"
    # Switched off as the README says: the bundled rule named, and disabled.
    path.write_text('[[rule]]\nid = "fake-on-one-platform"\nenabled = false\n', encoding="utf-8")
    return Scorer(rules=path)


def test_a_clean_network_does_not_dilute_a_fake_one(without_views):
    whole = parse_account(document(DILUTED))
    diluted = without_views.score(whole)
    assert diluted.score < LIKELY_FAKE
    scored = verdict(DILUTED)
    assert scored.band == "likely_fake"
    reason = next(reason for reason in scored.reasons if reason.id == "fake-on-one-platform")
    assert reason.direction == "towards_fake" and reason.values[WORST_VIEW] >= LIKELY_FAKE
    # The posts it quotes are that network's, each where it sits in the whole account.
    platforms = {item.platform for item in reason.evidence}
    assert len(platforms) == 1 and platforms <= {view.platform for view in platform_views(whole, MINIMUM)}
    (platform,) = platforms
    assert_fresh_evidence_first(scored)
    assert reason.values[WORST_VIEW] == max(seen.score for seen in scorer().by_platform(whole).values())
    assert scorer().by_platform(whole)[platform].score == reason.values[WORST_VIEW]
    for item in reason.evidence:
        held = getattr(whole, item.list_name)[item.index]
        assert held.platform == platform
        if item.kind == "post":
            assert item.id is not None and held.id == item.id


def assert_fresh_evidence_first(scored) -> list[bool]:
    """The view's reason quotes first what the account's other rules do not quote already."""
    reason = next(reason for reason in scored.reasons if reason.id == "fake-on-one-platform")
    others = {(item.kind, item.index) for other in scored.reasons if other is not reason and other.source == "rule"
              for item in other.evidence}
    repeated = [(item.kind, item.index) in others for item in reason.evidence]
    assert repeated == sorted(repeated)
    return repeated


def test_the_view_reason_quotes_what_the_other_reasons_do_not():
    # Round 22's SEO seller: his pitch DMs are quoted by `sales-pitch-dms` already; his Instagram posts are not.
    repeated = assert_fresh_evidence_first(verdict("h22_en_seo_guarantee_seller_keeps_a_ghostwritten_honest_blog_"
                                                   "sells_on_instagram"))
    assert repeated[0] is False and True in repeated


def test_a_network_where_the_person_answers_nobody_is_not_read_as_silence():
    """Conversation is the person's: a view takes the whole account's where the whole converses more."""
    whole = {"conversation": SignalResult("conversation", True, {"reply_share": 0.3, "generic_reply_share": 0.0},
                                          {"reply_share": (Evidence("post", 3, "facebook", "a reply"),)})}
    silent = {"conversation": SignalResult("conversation", True, {"reply_share": 0.0, "generic_reply_share": 0.0})}
    talkative = {"conversation": SignalResult("conversation", True, {"reply_share": 0.6, "generic_reply_share": 0.1})}
    unmeasured = {"conversation": SignalResult("conversation", False, note="too few posts")}
    taken = with_the_persons(silent, whole)["conversation"]
    assert taken.values == whole["conversation"].values and taken.evidence == {}
    assert with_the_persons(talkative, whole)["conversation"] is talkative["conversation"]
    assert with_the_persons(unmeasured, whole)["conversation"].values["reply_share"] == 0.3
    assert with_the_persons(silent, unmeasured)["conversation"] is silent["conversation"]


@pytest.mark.parametrize("name", ALL_CASES)
def test_no_hand_written_case_is_cleared_of_a_network_that_reads_likely_fake(name):
    whole = parse_account(document(name))
    scored = verdict(name)
    views = scorer().by_platform(whole).values()
    worst = max((view.score for view in views if view.score is not None), default=None)
    if worst is not None and worst >= LIKELY_FAKE:
        assert scored.band == "likely_fake", (scored.score, worst)


def test_evaluation_decides_the_views_as_the_scorer_does():
    """What `credscore evaluate` measures is what `score` ships: the same final scores, views included."""
    names = [DILUTED, *ALL_CASES[::9]]
    documents = [{**document(name), "label": "fake"} for name in names]
    accounts = [parse_account(doc) for doc in documents]
    data = labelled_set(accounts, MINIMUM)
    kept = np.flatnonzero(data.sufficient)
    model = scorer().model.model
    probabilities, pushes, _ = model.explain(data.X[kept], [data.texts[i] for i in kept])
    pushes = model.evidence_pushes(pushes, data.X[kept])
    views = data.views.within(kept)
    assert len(views.parents) > 0
    view_probabilities, view_pushes, _ = model.explain(views.X, list(views.texts))
    view_pushes = model.evidence_pushes(view_pushes, views.X)
    scores = shipped_scores(probabilities, pushes, [data.results[i] for i in kept], [data.coverages[i] for i in kept],
                            RULES, text=False, views=views, view_probabilities=view_probabilities,
                            view_pushes=view_pushes)
    expected = [scorer().score(accounts[i]).score for i in kept]
    assert scores == pytest.approx(expected, abs=1e-9)
    without = shipped_scores(probabilities, pushes, [data.results[i] for i in kept],
                             [data.coverages[i] for i in kept], RULES, text=False)
    assert (scores >= without).all() and (scores > without).any()


def test_training_reads_each_accounts_views_in_order():
    accounts = [parse_account(document(name)) for name in (DILUTED, ALL_CASES[0])]
    _, _, _, rows = featurize_with_views(accounts, MINIMUM)
    expected = [row for row, whole in enumerate(accounts) for _ in platform_views(whole, MINIMUM)]
    assert rows.parents.tolist() == expected
    assert rows.X.shape == (len(expected), len(feature_names()))
    assert ViewRows.none().within(np.arange(3)).parents.tolist() == []
