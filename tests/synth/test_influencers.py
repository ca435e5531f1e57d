"""The influencer archetypes of issue #13: valid 1.1 documents, the numbers an audit reads, at the intended rates.

Genuine influencers (micro-influencers, creators, brands, a creator with a viral post) and fakes that buy or swap
their numbers (bought followers, engagement pods, follow-for-follow, bought followers with bought comments): each
family generates valid documents in both languages, deterministically; the fields are there at the same rates
whatever the label; each archetype carries its habits (and the genuine ones the marks of a real audience).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter, defaultdict
from datetime import datetime

import pytest

from credscore.account import parse_account
from credscore.signals.engagement import expected_engagement_range
from credscore.synth import ARCHETYPES, families, generate_accounts
from credscore.synth.influence import ER_RANGES, engagement_rate_range
from credscore.synth.influencers import (
    HAS_AUDIENCE,
    HAS_COMMENTS,
    HAS_COUNTERS,
    HAS_FOLLOWS,
    HAS_SNAPSHOTS,
    INFLUENCER_BEHAVIOURS,
)
from credscore.synth.phrasings import PHRASINGS

GENUINE = ("micro_influencer", "creator", "brand_account", "viral_creator")
FAKE = ("bought_followers", "engagement_pod", "follow_for_follow", "bought_engagement")
INFLUENCERS = GENUINE + FAKE
INFLUENCER_FAMILIES = [f for f in families() if f.split("/")[0] in INFLUENCERS]
PLATFORMS = frozenset({"instagram", "tiktok", "youtube", "threads", "facebook"})
DISCLOSED = re.compile(r"#(ad|sponsored|sponsorisé|partenariat|collab|concours|giveaway)\b|partenariat|partnership|"
                       r"collaboration|sponsoris|placement de produit|paid promotion", re.IGNORECASE)
BOUGHT_WORDS = re.compile(r"coaching|programme|program|mentorat|mentoring|méthode|method", re.IGNORECASE)


def _docs(archetype: str, n: int, seed: int = 61, **options) -> list[dict]:
    return list(generate_accounts(n, seed=seed, families=[archetype], flip_rate=0.0, **options))


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    return {archetype: _docs(archetype, 60) for archetype in INFLUENCERS}


def _time(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def _main(doc: dict) -> dict:
    """The profile with the most followers: the platform the account lives on."""
    return max(doc["profiles"], key=lambda p: p["followers"])


def _own(doc: dict, platform: str | None = None) -> list[dict]:
    return [p for p in doc["posts"]
            if p.get("kind", "post") == "post" and (platform is None or p["platform"] == platform)]


def _median_rate(doc: dict) -> float | None:
    """The median (likes + comments + reposts) / followers of the main platform's posts."""
    main = _main(doc)
    posts = [p for p in _own(doc, main["platform"]) if "likes" in p]
    if len(posts) < 5:
        return None
    return statistics.median((p["likes"] + p["replies"] + p["reposts"]) / main["followers"] for p in posts)


def _position(doc: dict) -> str | None:
    """Where the median rate sits against the tier's range: below, inside, above."""
    rate = _median_rate(doc)
    if rate is None:
        return None
    main = _main(doc)
    low, high = engagement_rate_range(main["platform"], main["followers"])
    return "below" if rate < low else "above" if rate > high else "inside"


# --- the table, the families, validity, determinism ---------------------------------------------

def test_the_influencer_archetypes_are_in_the_table_with_their_labels_and_families():
    assert all(ARCHETYPES[a] == "genuine" for a in GENUINE)
    assert all(ARCHETYPES[a] == "fake" for a in FAKE)
    assert set(INFLUENCER_BEHAVIOURS) == set(INFLUENCERS)
    for archetype in INFLUENCERS:
        own = [f for f in families() if f.split("/")[0] == archetype]
        assert len(own) >= 2 and len(own) == len(PHRASINGS[archetype])
    # the influencer weights keep the labels in balance
    fake = sum(w for label, w, _ in INFLUENCER_BEHAVIOURS.values() if label == "fake")
    genuine = sum(w for label, w, _ in INFLUENCER_BEHAVIOURS.values() if label == "genuine")
    assert fake == pytest.approx(genuine)


def test_families_are_disjoint_in_a_draw():
    docs = list(generate_accounts(120, seed=62, families=INFLUENCER_FAMILIES))
    by_family = defaultdict(set)
    for d in docs:
        by_family[d["family"]].add(d["id"])
        assert d["family"] in INFLUENCER_FAMILIES
    assert len(by_family) == len(INFLUENCER_FAMILIES)
    ids = [i for members in by_family.values() for i in members]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("family", INFLUENCER_FAMILIES)
@pytest.mark.parametrize("lang_mix", [0.0, 1.0])
def test_every_family_generates_valid_1_1_documents_in_both_languages(family, lang_mix):
    for document in generate_accounts(6, seed=63, families=[family], lang_mix=lang_mix):
        account = parse_account(document)
        assert account.format == "credscore.account/1.1"
        assert document["family"] == family
        assert {p.platform for p in account.posts} <= {p.platform for p in account.profiles} <= PLATFORMS
        assert all(p.posts_count is not None and p.posts_count >= sum(q.platform == p.platform for q in account.posts
                                                                         if q.kind == "post")
                   for p in account.profiles)


def test_influencers_are_deterministic():
    assert _docs("engagement_pod", 8, seed=64) == _docs("engagement_pod", 8, seed=64)
    assert list(generate_accounts(30, seed=65, families=INFLUENCER_FAMILIES)) == \
        list(generate_accounts(30, seed=65, families=INFLUENCER_FAMILIES))
    assert _docs("creator", 5, seed=64) != _docs("creator", 5, seed=66)


# --- the fields, at the same rates for both labels ----------------------------------------------------------------

def _has(doc: dict) -> dict[str, bool]:
    posts = _own(doc)
    return {"counters": any("likes" in p for p in posts), "comments": any(p.get("comments") for p in posts),
            "snapshots": bool(doc.get("snapshots")), "follows": bool(doc.get("follows")),
            "audience": bool(doc.get("audience"))}


def test_the_fields_are_there_at_the_intended_rates_whatever_the_label():
    docs = {label: [d for a in (GENUINE if label == "genuine" else FAKE) for d in _docs(a, 70, seed=67)]
            for label in ("genuine", "fake")}
    intended = {"counters": HAS_COUNTERS, "comments": HAS_COMMENTS * HAS_COUNTERS, "snapshots": HAS_SNAPSHOTS,
                "follows": HAS_FOLLOWS, "audience": HAS_AUDIENCE}
    for label, group in docs.items():
        rates = {field: sum(_has(d)[field] for d in group) / len(group) for field in intended}
        for field, rate in rates.items():
            # comments need a comment count of at least one; the others are drawn at their rate
            assert abs(rate - intended[field]) < 0.1 or (field == "comments" and rate > 0.6), (label, field, rate)
    for field in intended:  # having a field never tells the label
        genuine = sum(_has(d)[field] for d in docs["genuine"]) / len(docs["genuine"])
        fake = sum(_has(d)[field] for d in docs["fake"]) / len(docs["fake"])
        assert abs(genuine - fake) < 0.1, field


def test_comments_follows_audience_and_snapshots_are_well_formed(corpus):
    for docs in corpus.values():
        for d in docs:
            for post in _own(d):
                for comment in post.get("comments", []):
                    assert comment["author"] and comment["text"] and comment["likes"] >= 0
                    if "created_at" in post:
                        assert _time(comment["created_at"]) > _time(post["created_at"])
                if post.get("media") and post["platform"] in ("tiktok", "youtube") and "likes" in post:
                    assert post["views"] >= post["likes"]
            for follow in d.get("follows", []):
                if "ended_at" in follow:
                    assert _time(follow["ended_at"]) > _time(follow["created_at"])
            for member in d.get("audience", []):
                assert member["platform"] == _main(d)["platform"] and member["followers"] >= 0
            snaps = [s for s in d.get("snapshots", []) if s["platform"] == _main(d)["platform"]]
            assert [s["at"] for s in snaps] == sorted(s["at"] for s in snaps)


# --- engagement against the tier's range ----------------------------------------------------------------------

def test_the_generator_ranges_are_the_engagement_signal_ranges():
    for platform, tiers in ER_RANGES.items():
        if platform == "youtube":  # read against views by the signal; the generator's own per-subscriber row
            continue
        for floor, low, high in tiers:
            for followers in (floor, floor + 1):
                assert expected_engagement_range(platform, followers) == pytest.approx((low, high)), (platform, floor)


def test_genuine_rates_sit_inside_the_tier_range_and_bought_ones_below_with_overlap_at_the_edges(corpus):
    where = {a: Counter(p for p in map(_position, corpus[a]) if p) for a in INFLUENCERS}
    share = {a: {k: v / sum(c.values()) for k, v in c.items()} for a, c in where.items()}
    for archetype in GENUINE:
        assert share[archetype].get("inside", 0) > 0.8, (archetype, share[archetype])
    assert sum(share[a].get("below", 0) > 0 for a in GENUINE) >= 2  # a few genuine accounts just below
    assert share["bought_followers"].get("below", 0) > 0.7
    assert share["bought_followers"].get("inside", 0) > 0  # overlap at the edge
    assert share["follow_for_follow"].get("below", 0) > 0.5
    assert share["engagement_pod"].get("below", 0) < 0.1  # a pod lifts its rate
    assert share["bought_engagement"].get("inside", 0) > 0.5  # bought likes hide the shortfall


def _likes_cv(doc: dict) -> float | None:
    main = _main(doc)["platform"]
    likes = [p["likes"] for p in _own(doc, main) if "likes" in p]
    if len(likes) < 8 or statistics.mean(likes) < 50:
        return None
    return statistics.pstdev(likes) / statistics.mean(likes)


def test_genuine_likes_are_heavy_tailed_and_a_pods_are_even(corpus):
    cv = {a: [v for v in map(_likes_cv, corpus[a]) if v is not None] for a in INFLUENCERS}
    for archetype in ("micro_influencer", "creator", "viral_creator"):
        assert statistics.median(cv[archetype]) > 0.6, archetype
        # the most liked post does far better than the median one
        counted = [[p["likes"] for p in _own(d) if "likes" in p] for d in corpus[archetype]]
        ratios = [max(likes) / max(1, statistics.median(likes)) for likes in counted if likes]
        assert statistics.median(ratios) > 2.5
    assert statistics.median(cv["engagement_pod"]) < 0.25
    assert statistics.median(cv["bought_engagement"]) < 0.45
    assert max(cv["engagement_pod"]) > 0.15  # some pods are looser: not every fake has every habit


# --- comments ---------------------------------------------------------------------------------------------------

def _comment_sections(doc: dict) -> list[list[dict]]:
    return [p["comments"] for p in _own(doc) if p.get("comments")]


def _regular_cover(doc: dict) -> float | None:
    """The share of commented posts on which the five most frequent commenters appear."""
    sections = _comment_sections(doc)
    if len(sections) < 5:
        return None
    top = {a for a, _ in Counter(c["author"] for s in sections for c in s).most_common(5)}
    return sum(any(c["author"] in top for c in s) for s in sections) / len(sections)


def test_pods_are_the_same_few_commenters_on_most_posts_and_real_audiences_are_many_people(corpus):
    pods = [v for v in map(_regular_cover, corpus["engagement_pod"]) if v is not None]
    real = [v for a in ("micro_influencer", "creator") for v in map(_regular_cover, corpus[a]) if v is not None]
    assert statistics.median(pods) > 0.8
    assert statistics.median(real) < 0.6
    for archetype in ("micro_influencer", "creator", "brand_account"):
        distinct = []
        for d in corpus[archetype]:
            authors = [c["author"] for s in _comment_sections(d) for c in s]
            if len(authors) >= 15:
                distinct.append(len(set(authors)) / len(authors))
        assert statistics.median(distinct) > 0.8, archetype


def _about_the_post(docs: list[dict]) -> float:
    """The share of comments that share a word of five letters or more with the caption they sit under."""
    mentions = total = 0
    for d in docs:
        for post in _own(d):
            words = set(re.findall(r"\w{5,}", post["text"].lower()))
            for c in post.get("comments", []):
                total += 1
                mentions += bool(words & set(re.findall(r"\w{5,}", c["text"].lower())))
    return mentions / total


def test_real_comments_talk_about_the_content_and_every_real_account_gets_some_stock_praise(corpus):
    pods = _about_the_post(corpus["engagement_pod"])
    for archetype in GENUINE:
        with_comments = [d for d in corpus[archetype] if sum(map(len, _comment_sections(d))) >= 15]
        # stock praise is short: under four words
        generic = [sum(len(c["text"].split()) < 4 for s in _comment_sections(d) for c in s) for d in with_comments]
        assert sum(g > 0 for g in generic) / len(with_comments) > 0.8, archetype
        assert _about_the_post(with_comments) > max(0.15, 2 * pods), archetype


def test_bought_comments_are_a_short_list_pasted_under_post_after_post(corpus):
    repeats = []
    for d in corpus["bought_engagement"]:
        texts = Counter(c["text"] for s in _comment_sections(d) for c in s if len(c["text"].split()) >= 4)
        if sum(texts.values()) >= 10:
            repeats.append(sum(n for n in texts.values() if n > 1) / sum(texts.values()))
    assert statistics.median(repeats) > 0.5


# --- growth, follows, audience ----------------------------------------------------------------------------------

def _max_jump(doc: dict) -> tuple[float, float] | None:
    """The largest relative follower gain between two snapshots, and when it ended."""
    snaps = sorted((s["at"], s["followers"]) for s in doc.get("snapshots", []))
    jumps = [(b[1] / max(a[1], 1) - 1, _time(b[0])) for a, b in itertools.pairwise(snaps)]
    return max(jumps) if jumps else None


def test_bought_followers_arrive_in_jumps_and_a_viral_post_explains_its_own(corpus):
    bought = [j[0] for j in map(_max_jump, corpus["bought_followers"]) if j]
    micro = [j[0] for j in map(_max_jump, corpus["micro_influencer"]) if j]
    assert statistics.median(bought) > 0.15 > statistics.median(micro)
    assert min(bought) < 0.05  # some bought before the history: no jump to see
    explained = 0
    checked = 0
    for d in corpus["viral_creator"]:
        jump = _max_jump(d)
        timed = [p for p in _own(d, _main(d)["platform"]) if "likes" in p and "created_at" in p]
        if jump is None or jump[0] < 0.2 or len(timed) < 5:
            continue
        checked += 1
        top = max(timed, key=lambda p: p["likes"])
        explained += _time(top["created_at"]) < jump[1] and top["likes"] > 5 * statistics.median(
            p["likes"] for p in timed)
    assert checked >= 10 and explained / checked > 0.8


def test_follow_for_follow_undoes_most_follows_within_days_and_real_accounts_rarely(corpus):
    def undone(doc: dict) -> float | None:
        out = [f for f in doc.get("follows", []) if f["direction"] == "out" and "created_at" in f]
        if len(out) < 10:
            return None
        quick = sum("ended_at" in f and _time(f["ended_at"]) - _time(f["created_at"]) <= 7 * 86400 for f in out)
        return quick / len(out)

    f4f = [v for v in map(undone, corpus["follow_for_follow"]) if v is not None]
    real = [v for a in GENUINE for v in map(undone, corpus[a]) if v is not None]
    assert len(f4f) > 20 and statistics.median(f4f) > 0.5
    assert not real or statistics.median(real) < 0.1
    # follow-backs: some of the accounts it followed follow it within two days
    backs = 0
    for d in corpus["follow_for_follow"]:
        outs = {f["counterpart"]: _time(f["created_at"]) for f in d.get("follows", [])
                if f["direction"] == "out" and "created_at" in f}
        backs += any(f["direction"] == "in" and f["counterpart"] in outs
                     and 0 < _time(f["created_at"]) - outs[f["counterpart"]] < 2.1 * 86400
                     for f in d.get("follows", []))
    assert backs > 20


def _audience_shares(doc: dict) -> tuple[float, float] | None:
    members = doc.get("audience", [])
    if len(members) < 20:
        return None
    mass = sum(m["following"] >= 1500 and m["following"] > 10 * m["followers"] for m in members) / len(members)
    empty = sum(not m["has_avatar"] and m["posts_count"] == 0 for m in members) / len(members)
    return mass, empty


def test_bought_audiences_are_full_of_mass_followers_and_empty_accounts_and_real_ones_hold_some(corpus):
    def suspicious(archetypes):
        return [m + e for a in archetypes for m, e in filter(None, map(_audience_shares, corpus[a]))]

    real = suspicious(GENUINE)
    assert 0.03 < statistics.median(real) < 0.25  # genuine audiences have some mass-followers too
    assert statistics.median(suspicious(["bought_followers"])) > 0.4
    assert statistics.median(suspicious(["follow_for_follow"])) > 0.25
    # bought accounts were made in bursts: many created within a day of each other
    burst = 0
    docs = [d for d in corpus["bought_followers"] if len(d.get("audience", [])) >= 20]
    for d in docs:
        days = Counter(m["created_at"][:10] for m in d["audience"])
        burst += days.most_common(1)[0][1] >= 5
    assert burst / len(docs) > 0.6


# --- words --------------------------------------------------------------------------------------------------------

def test_partnerships_are_disclosed_and_only_fakes_sell_audience_coaching(corpus):
    for archetype in INFLUENCERS:
        disclosed = sum(any(DISCLOSED.search(p["text"]) for p in _own(d)) for d in corpus[archetype])
        assert disclosed / len(corpus[archetype]) > 0.5, archetype
    for archetype in GENUINE:
        for slots in PHRASINGS[archetype].values():
            assert "coaching" not in slots["fr"] and "coaching" not in slots["en"]
    sellers = [d for d in corpus["bought_followers"] + corpus["follow_for_follow"]
               if any(BOUGHT_WORDS.search(p["text"]) for p in _own(d))]
    assert 0.2 < len(sellers) / 120 < 0.9


def test_brands_schedule_and_cross_post_with_a_real_audience(corpus):
    crossed = 0
    for d in corpus["brand_account"]:
        platforms = defaultdict(set)
        for p in _own(d):
            platforms[p["text"]].add(p["platform"])
        crossed += any(len(v) > 1 for v in platforms.values())
        assert d["name"] and "instagram" in {p["platform"] for p in d["profiles"]}
    assert crossed / len(corpus["brand_account"]) > 0.6
