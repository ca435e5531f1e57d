"""The hard cases of issue #11: genuine accounts with broadcasting mechanics, fakes that game the signals.

Each family must produce valid documents in both languages, deterministically; the gaming fakes
must carry their trick (and still the fake expert's hollow talk); the hard genuine accounts must
carry their mechanics (cross-posted headlines, welcome DMs, a scheduler's clock) and their
genuine traits (own site, real figures, real exchanges).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime
from urllib.parse import urlsplit

import pytest

from credscore.account import parse_account
from credscore.nlp.language import detect_account_language
from credscore.synth import ARCHETYPES, families, generate_accounts
from credscore.synth.draft import REPLY_PLATFORMS

HARD_GENUINE = ("news_outlet", "own_work_sharer", "welcome_shop", "announcement_copier", "scheduled_association",
                "social_media_pro", "course_teacher")
GAMING = ("mention_stuffer", "canned_replier", "figure_faker", "paraphrase_scheduler", "evergreen_recycler",
          "obfuscating_guru", "polished_guru")
NEW_FAMILIES = [f for f in families() if f.split("/")[0] in HARD_GENUINE + GAMING]

URL = re.compile(r"https?://\S+")
MENTION = re.compile(r"@[\w.]+")
# A figure with a unit: a percentage, an amount of money, a multiplier.
FIGURE = re.compile(r"\d[\d\s\u202f.,]*\s?(%|€|\$|£)|[€$£]\s?\d|\bx\d|\d+x\b")
# Letters that exist only to dodge word lists: Cyrillic look-alikes, zero-width characters, math letters.
# A capitalised word (a follower's first name, where a template puts one), to compare templated DMs.
NAME = re.compile(r"(?<![\w'])[A-ZÀ-Ý]\w*")
DISGUISED = re.compile("[\u0400-\u04ff\u200b-\u200d\u2060\U0001d400-\U0001d7ff]")


def _time(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def _docs(archetype: str, n: int, seed: int, **options) -> list[dict]:
    return list(generate_accounts(n, seed=seed, families=[archetype], flip_rate=0.0, **options))


def _own(doc: dict) -> list[dict]:
    return [p for p in doc["posts"] if p["text"]]


def _broadcasts(doc: dict) -> list[dict]:
    return [p for p in doc["posts"] if p.get("kind", "post") == "post"]


def _answers(doc: dict) -> list[dict]:
    return [p for p in doc["posts"] if p.get("kind") in ("reply", "comment")]


def _welcome_delays(doc: dict) -> list[float]:
    """Seconds between a follow and the DM sent to that follower, for every such DM."""
    followed = {(f["platform"], f["counterpart"]): _time(f["created_at"])
                for f in doc.get("follows", []) if f["direction"] == "in" and "created_at" in f}
    return [_time(m["created_at"]) - followed[(m["platform"], m["counterpart"])]
            for m in doc.get("messages", [])
            if m["direction"] == "sent" and (m["platform"], m.get("counterpart")) in followed]


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


# --- every new family, both languages, deterministic --------------------------------------------

def test_the_new_archetypes_are_in_the_table_with_their_labels():
    assert all(ARCHETYPES[a] == "genuine" for a in HARD_GENUINE)
    assert all(ARCHETYPES[a] == "fake" for a in GAMING)
    assert all(sum(f.startswith(a + "/") for f in families()) >= 2 for a in HARD_GENUINE + GAMING)


@pytest.mark.parametrize("family", NEW_FAMILIES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_new_family_writes_valid_documents_in_its_language(family, lang):
    docs = list(generate_accounts(8, seed=61, families=[family], lang_mix=1.0 if lang == "fr" else 0.0))
    for doc in docs:
        account = parse_account(doc)
        assert doc["family"] == family
        assert account.profiles and {p.platform for p in account.posts} <= {p.platform for p in account.profiles}
    long_enough = [d for d in docs if sum(len(p["text"]) for p in d["posts"]) > 400]
    assert long_enough
    agree = sum(detect_account_language([p["text"] for p in d["posts"] if p["text"]]) == lang for d in long_enough)
    assert agree / len(long_enough) >= 0.75


@pytest.mark.parametrize("family", NEW_FAMILIES)
def test_new_families_are_deterministic(family):
    assert _docs_for(family, 5) == _docs_for(family, 5)
    assert _docs_for(family, 5) != list(generate_accounts(5, seed=64, families=[family]))


def _docs_for(family: str, n: int) -> list[dict]:
    return list(generate_accounts(n, seed=63, families=[family]))


def test_photo_posts_carry_media_some_without_caption_and_x_writes_their_tco_link():
    docs = _docs("own_work_sharer", 40, 65) + _docs("welcome_shop", 40, 65)
    posts = [p for d in docs for p in d["posts"] if p.get("media")]
    assert len(posts) > 40
    for p in posts:
        account_post = parse_account({"id": "x", "posts": [p]}).posts[0]
        assert [m.kind for m in account_post.media] == ["image"]
        assert all(m["url"].startswith("https://") for m in p["media"])
    on_x = [p for p in posts if p["platform"] == "twitter"]
    assert on_x and all(re.search(r"https://t\.co/\w+$", p["text"]) for p in on_x)
    elsewhere = [p for p in posts if p["platform"] != "twitter"]
    captionless = [p for p in elsewhere if not p["text"]]
    assert 0 < len(captionless) < 0.3 * len(elsewhere)  # a photo alone, now and then
    assert not any(URL.search(p["text"]) for p in elsewhere)  # a photo is not a link


# --- fakes that game: the trick is there, and so is the hollow talk -----------------------------

def test_mention_stuffers_append_the_same_few_handles_to_broadcasts():
    docs = [d for d in _docs("mention_stuffer", 40, 71) if len(_broadcasts(d)) >= 10]
    assert len(docs) > 15
    for d in docs:
        stuffed = [p for p in _broadcasts(d) if len(MENTION.findall(p["text"])) >= 2]
        assert len(stuffed) / len(_broadcasts(d)) > 0.3
        tagged = Counter(h for p in stuffed for h in set(MENTION.findall(p["text"])))
        assert len(tagged) <= 9  # a handful of big accounts, tagged again and again
        assert tagged.most_common(1)[0][1] >= 0.3 * len(stuffed)
        assert not any(p["text"].startswith("@") for p in _broadcasts(d))  # broadcasts, not replies


def test_canned_repliers_paste_one_reply_of_10_to_15_words_many_times():
    docs = [d for d in _docs("canned_replier", 40, 72) if len(d["posts"]) >= 20]
    assert len(docs) > 15
    for d in docs:
        replies = Counter(MENTION.sub("", p["text"]).strip().rstrip("🚀🔥💥✨💯👉📈💪⚡🎯🙌👊 ")
                          for p in _answers(d))
        canned, times = replies.most_common(1)[0]
        assert times >= 4
        assert 10 <= len(canned.split()) <= 16
        assert times / len(_answers(d)) > 0.7
        # the people it "answers" are all different
        handles = [MENTION.match(p["text"]).group(0) for p in _answers(d)
                   if p["platform"] in REPLY_PLATFORMS and MENTION.match(p["text"])]
        assert len(set(handles)) == len(handles)


def test_figure_fakers_repeat_one_or_two_figure_lines_and_say_thanks():
    docs = [d for d in _docs("figure_faker", 40, 73) if len(d["posts"]) >= 20]
    assert len(docs) > 15
    for d in docs:
        figures = Counter(p["text"] for p in _broadcasts(d) if re.search(r"\d", URL.sub("", p["text"])))
        repeated = [text for text, count in figures.items() if count >= 2]
        assert 1 <= len(repeated) <= 2
        thanks = [p for p in _answers(d) if re.search(r"merci|thank", p["text"], re.IGNORECASE)]
        assert len(thanks) >= 2
        assert all(len(MENTION.sub("", p["text"]).split()) <= 6 for p in thanks)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{3,}", URL.sub("", text).lower()))


def test_paraphrase_schedulers_post_near_duplicates_with_a_fixed_frame_per_platform():
    docs = [d for d in _docs("paraphrase_scheduler", 30, 74) if len(_broadcasts(d)) >= 12]
    assert len(docs) > 10
    for d in docs:
        posts = [p for p in _broadcasts(d) if "created_at" in p]
        near, identical = 0, 0
        for p in posts:
            siblings = [q for q in posts if q["platform"] != p["platform"]
                        and abs(_time(q["created_at"]) - _time(p["created_at"])) < 3000]
            identical += any(q["text"] == p["text"] for q in siblings)
            near += any(len(_words(q["text"]) & _words(p["text"])) >= 3 for q in siblings)
        assert near / len(posts) > 0.8  # the same message on several networks ...
        assert identical / len(posts) < 0.2  # ... hardly ever word for word
        first_words = defaultdict(Counter)
        for p in posts:
            if "#" in p["text"]:  # the scheduler's posts (a personal post now and then has no hashtag)
                first_words[p["platform"]][p["text"].split()[0]] += 1
        for openers in first_words.values():  # one opener per platform
            assert openers.most_common(1)[0][1] / openers.total() >= 0.75
        hashtags = Counter(tag for p in posts for tag in re.findall(r"#\w+", p["text"]))
        assert len(hashtags) >= 4  # rotated from a pool


def test_evergreen_recyclers_repost_the_same_texts_on_the_same_platform_for_months():
    docs = _docs("evergreen_recycler", 30, 75)
    for d in docs:
        seen = defaultdict(list)
        for p in d["posts"]:
            if "created_at" in p and p.get("kind", "post") == "post":
                seen[(p["platform"], p["text"])].append(_time(p["created_at"]))
        recycled = [ts for ts in seen.values() if len(ts) >= 3]
        assert recycled
        assert max(max(ts) - min(ts) for ts in recycled) > 30 * 86400


def _plain(text: str) -> str:
    """What a reader sees: compatibility forms folded, invisible characters dropped, look-alikes mapped."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200b-\u200d\u2060]", "", text)
    return text.translate(str.maketrans("аеорсхуіѕАВСЕНКМОРТХν", "aeopcxyisABCEHKMOPTXv"))


def test_obfuscating_gurus_disguise_their_buzzwords_and_readers_see_them_unchanged():
    docs = _docs("obfuscating_guru", 30, 76)
    disguised_accounts = 0
    for d in docs:
        texts = [p["text"] for p in d["posts"]] + [p["bio"] for p in d["profiles"]]
        disguised = [t for t in texts if DISGUISED.search(t)]
        disguised_accounts += bool(disguised)
        for text in disguised:
            assert not DISGUISED.search(_plain(text))
            assert re.search(r"engag|communaut|communit|viral|buzz|visibilit|influence|storytelling|authentic"
                             r"|impact|algorith|branding|interaction|ninja|gourou|guru|expert|coach|formatrice"
                             r"|trainer", _plain(text), re.IGNORECASE), text
    assert disguised_accounts / len(docs) > 0.9


def test_polished_gurus_write_long_varied_posts_without_a_single_business_measure():
    docs = [d for d in _docs("polished_guru", 30, 77) if len(_broadcasts(d)) >= 5]
    for d in docs:
        long_posts = [(p["platform"], p["text"]) for p in _broadcasts(d) if len(p["text"].split()) >= 20]
        assert long_posts
        assert not any(FIGURE.search(t) for _, t in long_posts)
        assert len(set(long_posts)) / len(long_posts) > 0.8  # varied wording: hardly a repeat on one network
        long_posts = [t for _, t in long_posts]
        about_social = [t for t in long_posts
                        if re.search(r"engag|communaut|communit|storytelling|récit|story|marque|brand|réseaux"
                                     r"|social|audience|abonnés|follower|algorithm|plateforme|platform", t, re.I)]
        assert len(about_social) / len(long_posts) >= 0.7  # always the same subject


@pytest.mark.parametrize("archetype", GAMING)
def test_gaming_fakes_still_send_automatic_welcome_dms(archetype):
    docs = [d for d in _docs(archetype, 40, 78) if d.get("follows")]
    with_auto_dm = [d for d in docs if _welcome_delays(d) and max(_welcome_delays(d)) <= 1800]
    assert len(with_auto_dm) / len(docs) > 0.5
    for d in with_auto_dm:
        sent = {URL.sub("", MENTION.sub("", m["text"])) for m in d["messages"] if m["direction"] == "sent"}
        # one template: the texts differ at most by the follower's name
        assert len({NAME.sub("", t) for t in sent}) == 1


# --- hard genuine cases: the mechanics, and what makes them genuine ----------------------------

def test_news_outlets_post_each_headline_with_its_own_link_on_four_networks_within_minutes():
    docs = _docs("news_outlet", 30, 81)
    for d in docs:
        site = _host(next(p["url"] for p in d["profiles"] if p.get("url")))
        copies = defaultdict(list)
        for p in _broadcasts(d):
            if URL.search(p["text"]) and not p.get("media"):  # a photo on X carries its t.co link
                copies[p["text"]].append((p["platform"], _time(p["created_at"]) if "created_at" in p else None))
        assert copies
        for text, seen in copies.items():
            assert len({platform for platform, _ in seen}) == 4
            times = [t for _, t in seen if t is not None]  # some exports drop a post's time
            assert max(times, default=0) - min(times, default=0) < 600
            assert all(_host(u) == site for u in URL.findall(text))
        assert not any(delay < 3600 for delay in _welcome_delays(d))  # no welcome DM
    assert sum(bool(_answers(d)) for d in docs) / len(docs) > 0.5  # the newsroom answers readers


def test_own_work_sharers_copy_their_own_links_to_mastodon_bluesky_and_linkedin():
    docs = [d for d in _docs("own_work_sharer", 40, 82) if len(d["posts"]) >= 15]
    for d in docs:
        site = _host(next(p["url"] for p in d["profiles"] if p.get("url")))
        own = [p for p in _broadcasts(d) if any(_host(u) == site for u in URL.findall(p["text"]))]
        by_text = defaultdict(set)
        for p in own:
            by_text[p["text"]].add(p["platform"])
        assert by_text
        assert max(len(v) for v in by_text.values()) >= 2
        assert set().union(*by_text.values()) <= {"mastodon", "bluesky", "linkedin", "twitter"}
        assert _answers(d)  # discussion with peers
    assert sum(any(p.get("media") for p in d["posts"]) for d in docs) / len(docs) > 0.5


def test_welcome_shops_send_one_templated_dm_and_otherwise_post_figures_and_answer_customers():
    docs = [d for d in _docs("welcome_shop", 40, 83)
            if len(d["posts"]) >= 15 and any("created_at" in f for f in d.get("follows", []))]
    assert len(docs) > 15
    for d in docs:
        delays = _welcome_delays(d)
        assert delays and statistics.median(delays) <= 600
        followed = {f["counterpart"] for f in d["follows"]}
        welcomes = {NAME.sub("", m["text"]) for m in d["messages"]
                    if m["direction"] == "sent" and m["counterpart"] in followed
                    and not any(r["counterpart"] == m["counterpart"] and r["direction"] == "received"
                                and r["created_at"] < m["created_at"] for r in d["messages"])}
        assert len(welcomes) == 1
        assert not URL.search(welcomes.pop())  # opening hours, not a pitch with a link
        assert any(re.search(r"\d", p["text"]) for p in _broadcasts(d))
        assert _answers(d)
    assert sum(any(FIGURE.search(p["text"]) for p in d["posts"]) for d in docs) / len(docs) > 0.3


def test_announcement_copiers_paste_announcements_on_exactly_two_networks():
    docs = [d for d in _docs("announcement_copier", 40, 84) if len(d["posts"]) >= 15]
    all_copied = []
    for d in docs:
        platforms = {p["platform"] for p in d["posts"]}
        assert len(platforms) == 2
        by_text = defaultdict(set)
        for p in _broadcasts(d):
            by_text[p["text"]].add(p["platform"])
        copied = [t for t, seen in by_text.items() if len(seen) == 2]
        assert any(URL.search(t) for t in copied)  # an announcement with its link, on both networks
        all_copied += copied
        assert _answers(d)
    # what is copied is mostly an announcement with its link (a short line may repeat by chance, more often in
    # a long history written from a small pool)
    assert sum(bool(URL.search(t)) for t in all_copied) / len(all_copied) >= 0.5


def test_scheduled_associations_post_on_round_minutes_in_the_same_slots():
    docs = [d for d in _docs("scheduled_association", 30, 85) if len(_broadcasts(d)) >= 15]
    for d in docs:
        times = [datetime.fromisoformat(p["created_at"].replace("Z", "+00:00")) for p in _broadcasts(d)
                 if "created_at" in p]
        on_quarter = sum(t.minute % 15 == 0 for t in times) / len(times)
        assert on_quarter > 0.8
        slots = Counter((t.hour, t.minute) for t in times)
        assert len(slots) <= 4
        replies = [p for p in _answers(d) if "created_at" in p]
        if len(replies) >= 5:  # volunteers answer by hand, at any minute
            assert sum(_time(p["created_at"]) % 900 < 60 for p in replies) / len(replies) < 0.5


def test_social_media_pros_talk_engagement_with_real_figures_and_real_exchanges():
    docs = [d for d in _docs("social_media_pro", 40, 86) if len(d["posts"]) >= 15]
    for d in docs:
        own = _own(d)
        assert sum(bool(FIGURE.search(p["text"])) or bool(re.search(r"\d", p["text"])) for p in own) / len(own) > 0.1
        assert _answers(d)
    talk = sum(any(re.search(r"engag|communaut|communit|portée|reach|abonnés|followers", p["text"], re.I)
                   for p in d["posts"]) for d in docs)
    assert talk / len(docs) > 0.7
    conversations = [d for d in docs if d.get("messages")]
    for d in conversations:  # they answer people who wrote first; they do not welcome followers
        first = {}
        for m in d["messages"]:
            first.setdefault(m["counterpart"], m["direction"])
        assert set(first.values()) == {"received"}


@pytest.mark.parametrize("archetype", [a for a in HARD_GENUINE if a != "welcome_shop"])
def test_hard_genuine_accounts_send_no_welcome_dm(archetype):
    docs = _docs(archetype, 30, 87)
    assert not any(delay <= 600 for d in docs for delay in _welcome_delays(d))


@pytest.mark.parametrize("archetype", HARD_GENUINE)
def test_hard_genuine_accounts_claim_no_guru_title_and_push_no_shortened_pitch(archetype):
    docs = _docs(archetype, 30, 88)
    bios = " ".join(p.get("bio") or "" for d in docs for p in d["profiles"])
    assert not re.search(r"gourou|guru|ninja|rockstar", bios, re.IGNORECASE)
    sent = [m["text"] for d in docs for m in d.get("messages", []) if m["direction"] == "sent"]
    assert not any(re.search(r"ebook|e-book|masterclass|offert|free guide", t, re.IGNORECASE) for t in sent)
