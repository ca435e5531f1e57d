"""Trust properties of what ships: the shipped model, its reasons, and verdicts that cannot be swayed by
how a history was collected or by a fake habit added.

These run the shipped model (``models/default.skops``) and the bundled rules on the bundled examples,
on a slice of the committed corpus, and on accounts hypothesis builds.
"""

from __future__ import annotations

import copy
import gzip
import json
import random
from functools import cache
from itertools import islice

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.account import parse_account
from credscore.features import feature_declarations, feature_names
from credscore.model.persistence import load_model
from credscore.resources import default_model_path
from credscore.scoring import Scorer
from tests.conftest import REPO

EXAMPLES = sorted((REPO / "data" / "examples").glob("*.json"))
HARD_CASES = REPO / "tests" / "hard_cases"
DECLARED = {f"{signal}.{feature.name}": feature for signal, feature in feature_declarations()}


@cache
def scorer() -> Scorer:
    return Scorer()


@cache
def corpus_slice() -> tuple[dict, ...]:
    """Every 10th account of the committed corpus the shipped model was trained on (its card names it)."""
    card = json.loads(default_model_path().with_suffix(".json").read_text())
    corpus = REPO / "data" / "corpus" / card["training_data"]["source"]
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        return tuple(json.loads(line) for line in islice(lines, 0, None, 10))


@cache
def verdicts():
    documents = [json.loads(path.read_text()) for path in EXAMPLES] + list(corpus_slice())
    return scorer().score_many([parse_account(document) for document in documents])


def test_the_shipped_model_respects_every_declared_direction():
    loaded = load_model(default_model_path(), expected_features=feature_names())
    signs = np.asarray([DECLARED[name].sign for name in feature_names()] + [1] * (loaded.model.text_model is not None))
    for calibrated in loaded.model.classifier.calibrated_classifiers_:
        coefficients = calibrated.estimator.named_steps["classify"].coef_[0]
        assert coefficients.shape == signs.shape
        assert np.all(coefficients * signs >= 0), dict(zip(loaded.card.feature_names, coefficients, strict=True))


def test_every_model_reason_points_the_way_its_feature_is_declared():
    # Model reasons are pushes relative to a typical genuine account. A fake-habit feature is first raised to the
    # genuine accounts' mean (HabitFloor), so it can only ever be a reason towards fake, and only above that level;
    # a genuine-ward feature points towards fake below the value a typical genuine account shows (where its push
    # crosses zero: the pushes are linear in the value) and towards genuine above it.
    loaded = load_model(default_model_path(), expected_features=feature_names())
    pipelines = [calibrated.estimator for calibrated in loaded.model.classifier.calibrated_classifiers_]
    columns = list(loaded.card.feature_names)
    floors = np.min([pipeline.named_steps["floor"].floor_ for pipeline in pipelines], axis=0)
    slopes = np.mean([pipeline.named_steps["classify"].coef_[0] / pipeline.named_steps["scale"].scale_
                      for pipeline in pipelines], axis=0)
    offsets = np.mean([-pipeline.named_steps["classify"].coef_[0] * pipeline.named_steps["scale"].mean_
                       / pipeline.named_steps["scale"].scale_ for pipeline in pipelines], axis=0)
    offsets -= loaded.model.genuine_pushes
    checked = 0
    for verdict in verdicts():
        for reason in verdict.reasons:
            if reason.source != "model" or reason.id not in DECLARED:
                continue
            column = columns.index(reason.id)
            value = reason.values[reason.id]
            if DECLARED[reason.id].towards == "fake":
                assert reason.direction == "towards_fake" and value > floors[column], (verdict.id, reason.id, value)
            else:
                zero = -offsets[column] / slopes[column]
                expected = "towards_fake" if value < zero else "towards_genuine"
                assert reason.direction == expected, (verdict.id, reason.id, value, zero)
            checked += 1
    assert checked > 20


def test_what_could_not_be_measured_is_never_a_reason():
    for verdict in verdicts():
        unmeasured = {name for name, result in verdict.signals.items() if not result.measurable}
        for reason in verdict.reasons:
            if reason.source == "model":
                assert reason.id.split(".")[0] not in unmeasured, (verdict.id, reason.id)
                assert "could not be measured" not in reason.message["en"]


def test_no_item_is_quoted_for_both_directions():
    for verdict in verdicts():
        cited = {"towards_fake": set(), "towards_genuine": set()}
        for reason in verdict.reasons:
            cited[reason.direction].update((item.kind, item.index) for item in reason.evidence)
        assert not cited["towards_fake"] & cited["towards_genuine"], verdict.id


def _same(first, second):
    assert first.band == second.band
    assert (first.score is None and second.score is None) or abs(first.score - second.score) < 1e-6


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_the_same_history_seen_twice_scores_the_same(path):
    document = json.loads(path.read_text())
    doubled = copy.deepcopy(document)
    doubled["posts"] = document["posts"] + copy.deepcopy(document["posts"])
    doubled["messages"] = document.get("messages", []) + copy.deepcopy(document.get("messages", []))
    doubled["follows"] = document.get("follows", []) + copy.deepcopy(document.get("follows", []))
    shouting = copy.deepcopy(document)
    for item in shouting["posts"] + shouting.get("profiles", []):
        item["platform"] = item["platform"].capitalize()
    first, *others = scorer().score_many([parse_account(d) for d in (document, doubled, shouting)])
    for other in others:
        _same(first, other)


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_the_order_of_posts_messages_and_follows_does_not_matter(path):
    document = json.loads(path.read_text())
    shuffled = copy.deepcopy(document)
    rng = random.Random(path.stem)
    for key in ("posts", "messages", "follows", "profiles"):
        rng.shuffle(shuffled.get(key, []))
    _same(*scorer().score_many([parse_account(document), parse_account(shuffled)]))


GURU = json.loads((REPO / "data" / "examples" / "fr_fake_guru.json").read_text())
PRO = json.loads((REPO / "data" / "examples" / "en_genuine_pro.json").read_text())


def _add_welcome_dms(document: dict, n: int) -> dict:
    """``n`` new followers, each sent a copy of the account's first sent DM within two minutes."""
    template = next(m for m in document["messages"] if m["direction"] == "sent")
    platform = template["platform"]
    grown = copy.deepcopy(document)
    for i in range(n):
        followed = f"2019-0{1 + i % 9}-1{i % 10}T10:{i % 60:02d}:00+00:00"
        dm = f"2019-0{1 + i % 9}-1{i % 10}T10:{i % 60:02d}:50+00:00"
        grown["follows"].append({"platform": platform, "direction": "in", "counterpart": f"new{i}",
                                 "created_at": followed})
        grown["messages"].append({**template, "counterpart": f"new{i}", "created_at": dm})
    return grown


# Replies a shop owner writes to different customers: each in its own words, with its own figures.
EXCHANGE = (
    "good question: reorders went from 12 % to 15 % after we changed the tin, so we kept it",
    "the oolong sold out in four days; next batch lands on the 14th, I'll put one aside for you",
    "we tried free shipping above 30 euros in March and the basket grew by 6 euros, worth it",
    "sorry about the dented box, a new one leaves tomorrow morning with tracking",
    "our margin on samplers is thin, about 18 %, but a third of buyers come back for a full bag",
    "yes it's the same farm as last year, the spring harvest tastes greener though",
    "we stopped the Tuesday newsletter: opens had dropped under 20 % and nobody missed it",
    "brew it at 80 degrees for two minutes, hotter water makes the green one bitter",
    "the shop opens at ten on Saturdays now, we moved the roasting to the afternoon",
    "returns are at 2 % this quarter, mostly wrong sizes of the teapot, so we added a photo",
    "thanks for the tip about the cafe in Lyon, I wrote to the owner yesterday",
    "the price went up by 40 cents because the importer raised his, not to pad our margin",
)


def _add_exchange(document: dict, n: int) -> dict:
    """``n`` substantive replies to different people, in varied words, some with figures about the business."""
    grown = copy.deepcopy(document)
    platform = grown["posts"][0]["platform"]
    # Irregular times, never on a round minute: a person answering, not a scheduler.
    days, hours, minutes = (1, 2, 4, 7, 8, 11, 15, 16, 19, 22, 26, 27), (9, 14, 11, 18, 10, 21), (7, 13, 22, 38, 41, 59)
    for i in range(n):
        grown["posts"].append({
            "platform": platform, "kind": "reply", "text": f"@customer{i} {EXCHANGE[i]}",
            "created_at": f"2020-02-{days[i]:02d}T{hours[i % 6]:02d}:{minutes[(i * 5) % 6]:02d}:13Z"})
    return grown


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 12))
def test_automatic_welcome_dms_never_lower_a_score(n):
    before, after = scorer().score_many([parse_account(GURU), parse_account(_add_welcome_dms(GURU, n))])
    assert after.score >= before.score - 1e-6


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 12))
def test_a_substantive_exchange_never_raises_a_score(n):
    for document in (GURU, PRO):
        before, after = scorer().score_many([parse_account(document), parse_account(_add_exchange(document, n))])
        assert after.score <= before.score + 1e-6


def _with_organic_counters(document: dict, seed: int) -> dict:
    """The same history with the counters a real audience leaves: likes that vary a lot from post to post, about
    one comment per twelve likes, some reposts."""
    rng = random.Random(seed)
    grown = copy.deepcopy(document)
    for post in grown["posts"]:
        likes = int(rng.lognormvariate(4.5, 0.6))
        post.update(likes=likes, replies=likes // 12 + rng.randint(0, 3), reposts=likes // 20)
    return grown


@pytest.mark.parametrize("seed", range(4))
def test_organic_looking_counters_are_no_alibi_for_hollow_talk_and_broadcasting(seed):
    # A fake expert's fans are real people too: likes and comments that look organic do not clear a guru whose
    # posts show both families of habits (the training corpus gave fakes thinner counters until release 4).
    # The bundled gurus, and a hand-written one who opens each hollow post with a personal anecdote.
    paths = [path for path in EXAMPLES if "fake" in path.stem] + [HARD_CASES / "h4_fr_anecdote_guru.json"]
    for path in paths:
        document = json.loads(path.read_text(encoding="utf-8"))
        verdict = scorer().score(parse_account(_with_organic_counters(document, seed)))
        assert verdict.band == "likely_fake", (path.stem, seed, verdict.score)
        assert verdict.signals["engagement"].measurable, path.stem  # the counters were read, not ignored


def _hard_case(name: str):
    return scorer().score(parse_account(json.loads((HARD_CASES / f"{name}.json").read_text(encoding="utf-8"))))


def test_hand_written_broadcasters_without_hollow_talk_are_not_accused():
    # Written by hand, outside the generator: a town hall posting each event identically on two networks with its
    # link, and a researcher copying links to her own papers to three networks ("influencer marketing researcher"
    # in her bio is a research topic, not a self-title).
    for name in ("town_hall_cross_posting", "researcher_sharing_own_work"):
        verdict = _hard_case(name)
        assert verdict.band == "likely_genuine", (name, verdict.score)
        # A protective cap above a low score changed nothing: it is not shown as a reason.
        assert not [reason for reason in verdict.reasons if reason.effect == "cap"], name
    assert _hard_case("researcher_sharing_own_work").signals["self_titles"].values["distinct_titles"] == 0


def test_a_hand_written_disguised_guru_is_caught_with_its_disguised_words_quoted():
    # Cyrillic look-alikes, math-bold letters and a zero-width space inside the buzzwords; canned thank-you replies.
    verdict = _hard_case("disguised_guru")
    assert verdict.band == "likely_fake"
    assert verdict.signals["buzzwords"].values["density"] > 0
    quoted = [item.excerpt for reason in verdict.reasons for item in reason.evidence]
    assert any("𝐞𝐧𝐠𝐚𝐠𝐞𝐦𝐞𝐧𝐭" in text or "Bооstez" in text for text in quoted), "evidence quotes the text as written"
    assert verdict.signals["conversation"].values["reply_share"] == 0


def test_an_account_in_a_language_it_cannot_read_is_not_judged_on_its_wording():
    verdict = _hard_case("danish_bakery")
    assert verdict.band != "likely_fake"
    assert not verdict.signals["buzzwords"].measurable and not verdict.signals["business_metrics"].measurable
    assert "da" in verdict.coverage.languages


# Influencers, written by hand outside the generator (issue 13): a French food creator with a real audience and
# one post that brought followers; a tech reviewer followed by spam accounts after a video took off; an English
# "growth coach" with bought followers, pod praise and welcome DMs on three networks; a French personal-branding
# coach seen on Instagram only, whose audience and comment section are bought.
def test_hand_written_genuine_creators_are_not_accused_by_their_audience():
    food = _hard_case("genuine_food_creator")
    assert food.band == "likely_genuine", food.score
    assert food.signals["growth"].values["unexplained_growth_share"] == 0  # the jump follows the post that went viral
    reviewer = _hard_case("viral_tech_reviewer_with_bot_followers")
    assert reviewer.band != "likely_fake", reviewer.score
    assert reviewer.signals["audience_quality"].values["mass_follower_share"] > 0.2  # the bots are seen...
    # ...and are not enough: what others do around an account that converses and shows no habit of its own.
    assert reviewer.score <= 60
    assert reviewer.probability * 100 < 60 or "others-without-own-habits" in {
        reason.id for reason in reviewer.reasons if reason.source == "rule"}


def test_hand_written_fake_influencers_are_caught_with_their_audience_as_evidence():
    for name in ("bought_followers_growth_coach", "fr_bought_audience_mindset_coach"):
        verdict = _hard_case(name)
        assert verdict.band == "likely_fake", (name, verdict.score)
        audience_reasons = [reason for reason in verdict.reasons
                            if reason.id.split(".")[0] in {"engagement", "comment_authenticity", "audience_quality",
                                                           "growth"}]
        assert audience_reasons, name
        kinds = {item.kind for reason in audience_reasons for item in reason.evidence}
        assert kinds & {"comment", "audience"}, (name, kinds)  # the comments or followers behind them are quoted


def test_a_verdict_with_nothing_standing_out_still_names_what_it_rests_on(tmp_path):
    # No feature reaches the contribution a reason needs: the verdict names the features that lower the score
    # most (or the strongest either way), however little, rather than nothing.
    from credscore.account import parse_account
    from credscore.scoring import QUIET_REASONS, Scorer

    rules = tmp_path / "rules.toml"
    rules.write_text("[verdict]\nmin_model_contribution = 50.0\n", encoding="utf-8")
    document = json.loads((REPO / "data" / "examples" / "fr_genuine_pro.json").read_text(encoding="utf-8"))
    verdict = Scorer(rules=rules).score(parse_account(document))
    model_reasons = [reason for reason in verdict.reasons if reason.source == "model"]
    assert model_reasons and len(model_reasons) <= QUIET_REASONS
    assert all(abs(reason.weight) < 50.0 for reason in model_reasons)
    if any(reason.weight < 0 for reason in model_reasons):
        assert all(reason.direction == "towards_genuine" and reason.weight < 0 for reason in model_reasons)
    assert verdict.band == "likely_genuine"
