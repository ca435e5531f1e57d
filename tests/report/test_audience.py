"""The report's Audience section and the audit's audience columns, on hand-made influencer accounts.

The figures must be what the audience signals measure: every expected value here comes from the signals'
own helpers, never from a number written in the test.
"""

from __future__ import annotations

import re
import statistics
from datetime import UTC, datetime, timedelta
from html import unescape
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from credscore.account import Account, parse_account
from credscore.report import render_report
from credscore.report.audience import (
    AGENCY_COLUMNS,
    COMMENT_EXAMPLES,
    MAX_PLOTTED_POSTS,
    agency_values,
    audience_figures,
    audience_view,
    count_text,
    rate_text,
    share_text,
)
from credscore.signals.audience_quality import audience_composition, creation_batches, member_flags
from credscore.signals.comment_authenticity import is_generic_comment
from credscore.signals.engagement import (
    MIN_POSTS_FOR_RATE,
    expected_engagement_range,
    follower_count,
    post_engagement_rates,
)
from credscore.signals.growth import follower_bursts, follower_series
from credscore.words import words

START = datetime(2025, 3, 3, 9, 30, tzinfo=UTC)
SPECIFIC = [
    "Where was the second photo taken? The light on the bridge is unusual for March.",
    "Ton troisième point sur la lumière du matin est discutable, j'ai eu l'inverse à Lyon.",
    "@julie_r look, this is the café we talked about",
    "Which lens did you use for the portrait series?",
]
GENERIC = ["Super article !", "🔥🔥🔥", "Great post, check my profile", "Trop beau 😍", "Stunning!", "Love this"]
# Generic comments (stock praise, no words at all) made of markup: they are quoted as examples.
HOSTILE = ('<b>Super</b> 🔥 "&', "<>'\"&🔥", 'Super ! <3 & "<b>"')


def _influencer(*, posts: int = 12, followers: int = 24_000, platform: str = "instagram", comments: bool = True,
                undated: int = 0, **fields: Any) -> dict[str, Any]:
    """An Instagram creator's document: posts with counters and comments under them, one dated per day."""
    documents = []
    for number in range(posts):
        comments_under = [{"author": f"fan_{(number + k) % 7}", "text": text} for k, text in enumerate(
            (GENERIC[number % len(GENERIC)], SPECIFIC[number % len(SPECIFIC)], GENERIC[(number + 2) % len(GENERIC)]))]
        document = {"platform": platform, "id": f"p{number}", "text": f"Carnet de route, étape {number} : le port.",
                    "likes": 300 + 47 * (number % 5) + 13 * number, "replies": 3 + number % 4,
                    "reposts": number % 3}
        if number >= undated:
            document["created_at"] = (START + timedelta(days=number, hours=number % 5)).isoformat()
        if comments:
            document["comments"] = comments_under
        documents.append(document)
    return {"id": fields.pop("id", "creator"), "name": fields.pop("name", "Camille Rivage"), "lang": "fr",
            "profiles": [{"platform": platform, "handle": "camille.rivage", "followers": followers,
                          "bio": "Photographe de voyage. Carnets, ports et phares."}],
            "posts": documents, **fields}


def _snapshots(days: int = 20, jump_on: int = 10, jump: int = 3_000) -> list[dict[str, Any]]:
    """Daily follower counts growing by a few dozen a day, with one jump of ``jump`` followers."""
    followers, readings = 20_000, []
    for day in range(days):
        followers += 25 + 7 * (day % 3) + (jump if day == jump_on else 0)
        readings.append({"platform": "instagram", "at": (START + timedelta(days=day)).isoformat(),
                         "followers": followers})
    return readings


def _sample(mass: int = 10, empty: int = 8, batch: int = 6, rest: int = 16) -> list[dict[str, Any]]:
    """An audience sample: mass-followers, empty accounts, a batch created within the hour, ordinary people."""
    members = []
    for n in range(mass):
        members.append({"platform": "instagram", "handle": f"mass{n}", "followers": 40 + n, "following": 4_000 + n,
                        "posts_count": 3, "has_avatar": True,
                        "created_at": (START - timedelta(days=400 + 37 * n)).isoformat()})
    for n in range(empty):
        members.append({"platform": "instagram", "handle": f"empty{n}", "followers": 2, "following": 90,
                        "posts_count": 0, "has_avatar": False,
                        "created_at": (START - timedelta(days=300 + 41 * n)).isoformat()})
    for n in range(batch):
        members.append({"platform": "instagram", "handle": f"batch{n}", "followers": 30, "following": 200,
                        "posts_count": 4, "has_avatar": True,
                        "created_at": (START - timedelta(days=90, minutes=-4 * n)).isoformat()})
    for n in range(rest):
        members.append({"platform": "instagram", "handle": f"person{n}", "followers": 150 + 20 * n,
                        "following": 180 + 15 * n, "posts_count": 40 + n, "has_avatar": True,
                        "created_at": (START - timedelta(days=800 + 53 * n)).isoformat()})
    return members


def _render(scorer, documents: list[dict[str, Any]], **options: Any) -> tuple[str, list[Account]]:
    accounts = [parse_account(document) for document in documents]
    verdicts = scorer.score_many(accounts)
    return render_report(verdicts, accounts=accounts, **options), accounts


def _section(html: str, anchor: str = "account-1") -> str:
    start = html.index('<section class="audience-section">', html.index(f'id="{anchor}"'))
    return html[start:html.index("</section>", start)]


def _group(svg: str, group_id: str) -> str:
    """The content of the SVG group ``group_id`` (matplotlib nests no group of the same name inside)."""
    start = svg.index(f'<g id="{group_id}">')
    depth, position = 0, start
    for found in re.finditer(r"<g\b|</g>", svg[start:]):
        depth += 1 if found[0] == "<g" else -1
        if depth == 0:
            position = start + found.end()
            break
    return svg[start:position]


def _text(html: str) -> str:
    """What a reader sees: no tags, no plot, entities decoded, whitespace collapsed."""
    html = re.sub(r"<(style|svg|script)\b.*?</\1>", " ", html, flags=re.S)
    # Only ordinary white space is collapsed: the French no-break spaces are part of what is checked.
    return re.sub(r"[ \t\r\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def test_engagement_plot_has_a_point_per_dated_post_and_the_tiers_band(scorer):
    html, (account,) = _render(scorer, [_influencer(undated=2)], lang="en")
    rates = post_engagement_rates(account)
    followers = follower_count(account, "instagram")
    low, high = expected_engagement_range("instagram", followers)
    figures = audience_figures(account)
    (shown,) = figures.engagement
    assert [point.rate for point in shown.points] == [rate for _, rate in rates]
    assert shown.expected == (low, high) and shown.followers == followers
    assert shown.median == statistics.median(rate for _, rate in rates)
    section = _section(html)
    dots = _group(section, "account-1-audience-engagement-1-posts")
    assert dots.count("<use ") == len(rates) - 2, "one dot per dated post; the undated are counted, not plotted"
    assert 'id="account-1-audience-engagement-1-expected"' in section, "the tier's band"
    words = _text(section)
    assert f"{len(rates)} posts with counters: median engagement {rate_text(shown.median, 'en')}" in words
    assert f"Expected range for this follower tier: {rate_text(low, 'en')} to {rate_text(high, 'en')}" in words
    assert "2 posts without a date are counted but not plotted." in words


def test_the_band_is_drawn_where_the_range_lies(scorer):
    """The band's bottom and top on the y axis are the range's bounds, read back against the axis's tick marks."""
    html, (account,) = _render(scorer, [_influencer(followers=900)], lang="en")
    low, high = expected_engagement_range("instagram", follower_count(account, "instagram"))
    assert audience_figures(account).engagement[0].median > high, "the fixture's posts rise above the band"
    section = _section(html)
    band = _group(section, "account-1-audience-engagement-1-expected")
    top, bottom = sorted({float(y) for y in re.findall(r"[ML] [0-9.]+ ([0-9.]+)", band)})
    ticks = re.findall(r'<g id="account-1-audience-engagement-1-ytick_\d+">.*?<use [^>]*y="([0-9.]+)".*?'
                       r"<text[^>]*>([^<]+)</text>", section, flags=re.S)
    assert len(ticks) >= 2
    (y0, label0), (y1, label1) = ticks[0], ticks[-1]
    v0, v1 = float(label0.rstrip("%")) / 100, float(label1.rstrip("%")) / 100

    def y_of(value: float) -> float:
        return float(y0) + (value - v0) * (float(y1) - float(y0)) / (v1 - v0)

    assert bottom == pytest.approx(y_of(low), abs=0.01)
    assert top == pytest.approx(y_of(high), abs=0.01)


def test_no_audience_data_is_one_line_never_an_empty_plot(scorer):
    bare = {"id": "plain", "posts": [{"platform": "blog", "text": f"Note {n} sur la menuiserie et le chêne."}
                                     for n in range(6)]}
    for lang in ("en", "fr"):
        html, _ = _render(scorer, [bare], lang=lang)
        section = _section(html)
        assert "<svg" not in section and "<figure" not in section
        note = words(lang)("report.audience.no_data")
        assert _text(section) == f"{words(lang)('report.audience.title')} {note}"


def test_generic_comments_share_and_examples_are_the_accounts_own(scorer):
    html, (account,) = _render(scorer, [_influencer()], lang="en")
    comments = [(post.id, comment) for post in account.posts for comment in post.comments or ()]
    generic = [(post_id, comment) for post_id, comment in comments if is_generic_comment(comment.text)]
    figures = audience_figures(account).comments
    assert figures is not None and (figures.total, figures.generic) == (len(comments), len(generic))
    assert 0 < len(generic) < len(comments), "the fixture mixes generic and specific comments"
    assert len(figures.examples) == COMMENT_EXAMPLES
    for example in figures.examples:
        assert any(example.text == comment.text and example.post_ref == post_id and example.author == comment.author
                   for post_id, comment in generic)
    section = _section(html)
    assert f"{len(generic)} of {len(comments)} comments received" in _text(section)
    quotes = re.findall(r'<li class="quote comment">\s*<blockquote>(.*?)</blockquote>\s*<p class="cite">(.*?)</p>',
                        section, flags=re.S)
    assert len(quotes) == COMMENT_EXAMPLES
    for (quoted, cite), example in zip(quotes, figures.examples, strict=True):
        assert quoted == str(escape(example.text))
        assert f"under {example.post_ref} (instagram)" in cite and f"by @{example.author}" in cite
    assert not any(str(escape(text)) in section for text in SPECIFIC), "a specific comment is never an example"


def test_hostile_comment_text_and_authors_are_escaped(scorer):
    document = _influencer()
    document["posts"][0]["comments"] = [{"author": '"><svg onload=alert(1)>', "text": text} for text in HOSTILE]
    html, _ = _render(scorer, [document], lang="en")
    assert all(is_generic_comment(text) for text in HOSTILE), "both are quoted as examples"
    section = _section(html)
    assert "<b>" not in section and "<svg onload" not in html and "<3" not in section
    for text in HOSTILE:
        assert f"<blockquote>{escape(text)}</blockquote>" in section
    assert str(escape('by @"><svg onload=alert(1)>')) in section


def test_a_redacted_report_names_no_commenter(scorer):
    document = _influencer()
    document["posts"][0]["comments"] = [{"author": "lea.martin", "text": "Super ! @paul.dumas 🔥"}]
    html, _ = _render(scorer, [document], lang="fr", redact=True)
    section = _section(html)
    assert "fan_" not in section and "lea.martin" not in section and "paul.dumas" not in section
    assert "par @[masqué]" in section
    plain, _ = _render(scorer, [document], lang="fr")
    assert "par @lea.martin" in _section(plain)


def test_french_and_english_sections(scorer):
    french, (account,) = _render(scorer, [_influencer()], lang="fr")
    english, _ = _render(scorer, [_influencer()], lang="en")
    french_words, english_words = _text(_section(french)), _text(_section(english))
    assert "Engagement par publication sur instagram" in french_words
    assert "Fourchette attendue pour cette tranche d'abonnés" in french_words
    assert "Commentaires génériques" in french_words
    for english_word in ("Expected range", "comments received", "Not given", "median engagement", "posts with"):
        assert english_word not in french_words, english_word
    for french_word in ("Fourchette", "commentaires reçus", "Non fourni", "publications"):
        assert french_word not in english_words, french_word
    median = audience_figures(account).engagement[0].median
    assert rate_text(median, "fr") in french_words and "\u202f%" in rate_text(median, "fr")
    assert "Not given: follower growth (counters over time or dated follows), an audience sample." in english_words


def test_undated_posts_give_figures_but_no_empty_plot(scorer):
    html, _ = _render(scorer, [_influencer(undated=12, comments=False)], lang="en")
    part = _section(html)
    part = part[part.index('<div class="audience-part audience-engagement">'):]
    part = part[:part.index("</div>")]
    assert "<svg" not in part
    assert "12 posts without a date are counted but not plotted." in _text(part)


def test_posts_beyond_the_plot_limit_are_counted_and_the_most_recent_plotted(scorer):
    html, _ = _render(scorer, [_influencer(posts=MAX_PLOTTED_POSTS + 30, comments=False)], lang="en")
    section = _section(html)
    assert _group(section, "account-1-audience-engagement-1-posts").count("<use ") == MAX_PLOTTED_POSTS
    assert f"{MAX_PLOTTED_POSTS + 30} posts with counters" in _text(section)
    assert f"The plot shows the {MAX_PLOTTED_POSTS} most recent posts." in _text(section)


def test_growth_from_snapshots_marks_each_burst_the_signal_finds(scorer):
    html, (account,) = _render(scorer, [_influencer(snapshots=_snapshots())], lang="en")
    series, bursts = follower_series(account), follower_bursts(account)
    assert len(bursts) == 1 and not bursts[0].explained, "the fixture's jump follows no post that travelled"
    growth = audience_figures(account).growth
    assert growth is not None and growth.series == tuple(series) and growth.source == "snapshots"
    assert [(burst.start, burst.end, burst.gained) for burst in growth.bursts] == \
        [(burst.start, burst.end, burst.gained) for burst in bursts]
    section = _section(html)
    assert _group(section, "account-1-audience-growth-followers").count("<use ") == len(series)
    assert 'id="account-1-audience-growth-burst-1"' in section and "growth-burst-2" not in section
    words = _text(section)
    assert "Followers as 20 counter readings show them." in words
    start, end = bursts[0].start, bursts[0].end
    assert (f"{start:%Y-%m-%d} to {end:%Y-%m-%d}: {count_text(bursts[0].gained, 'en')} new followers — "
            "no post explains it") in words


def test_growth_from_dated_follows_without_a_burst(scorer):
    follows = [{"platform": "instagram", "direction": "in", "counterpart": f"f{n}",
                "created_at": (START + timedelta(hours=31 * n)).isoformat()} for n in range(30)]
    html, (account,) = _render(scorer, [_influencer(follows=follows)], lang="fr")
    assert follower_bursts(account) == []
    section = _section(html)
    assert _group(section, "account-1-audience-growth-followers").count("<use ") == len(follower_series(account))
    assert "growth-burst-1" not in section
    words = _text(section)
    assert "Nouveaux abonnés comptés à partir de 30 abonnements datés." in words
    assert "Aucun afflux de nouveaux abonnés." in words


def test_audience_sample_composition_is_the_signals(scorer):
    html, (account,) = _render(scorer, [_influencer(audience=_sample())], lang="en")
    counts = audience_composition(account.audience)
    batched = {index for burst in creation_batches(account.audience) for index in burst.members}
    rest = sum(1 for index, member in enumerate(account.audience)
               if index not in batched and not member_flags(member) & {"mass_follower", "empty"})
    composition = audience_figures(account).composition
    assert composition is not None
    assert composition.counts == (("mass_follower", counts["mass_follower"]), ("empty", counts["empty"]),
                                  ("batch_created", counts["batch_created"]), ("rest", rest))
    assert [count for _, count in composition.counts] == [10, 8, 6, 16], "what the fixture was built with"
    section = _section(html)
    widths = []
    for number in range(1, 5):
        xs = [float(x) for x in re.findall(r"[ML] ([0-9.]+) [0-9.]+", _group(section, f"account-1-audience-sample-"
                                                                                   f"bar-{number}"))]
        widths.append(max(xs) - min(xs))
    assert [width / widths[0] for width in widths] == pytest.approx([1.0, 0.8, 0.6, 1.6], abs=1e-3)
    words = _text(section)
    assert "A sample of 40 followers" in words
    assert "Mass-followers: 10 (25%)" in words and "The rest: 16 (40%)" in words
    table = render_report(scorer.score_many([account, account.model_copy(update={"id": "twin"})]),
                          accounts=[account, account.model_copy(update={"id": "twin"})], lang="en")
    assert 'data-value="0.4">40%' in table, "the audit's real-looking share: the rest of the sample"


def test_a_sample_too_small_for_the_signal_is_shown_but_not_sorted(scorer):
    small = _sample(mass=2, empty=2, batch=0, rest=4)
    html, (account, _) = _render(scorer, [_influencer(audience=small), _influencer(id="other")], lang="en")
    assert audience_figures(account).composition.judged is False
    assert "A sample of 8 followers" in _text(_section(html, "account-1")) + _text(_section(html, "account-2"))
    table = html[html.index('<table class="accounts"'):html.index("</table>")]
    assert "25%" not in table and "50%" not in table


def test_audience_plots_are_the_same_bytes_for_the_same_account(scorer):
    account = parse_account(_influencer(snapshots=_snapshots(), audience=_sample()))
    first = audience_view(audience_figures(account), "en", "x")
    second = audience_view(audience_figures(account), "en", "x")
    assert first == second
    for plot in (first.engagement[0], first.growth, first.composition):
        assert plot is not None and plot.svg and "<metadata>" not in plot.svg and "Date" not in plot.svg


def test_audit_columns_give_sortable_values_and_blanks(scorer):
    quiet = {"id": "quiet", "name": "Quiet Blog", "posts": [
        {"platform": "blog", "text": f"Note {n} sur la menuiserie, le chêne et les assemblages."} for n in range(6)]}
    few = _influencer(id="few", name="Few Comments", followers=200_000)
    for post in few["posts"][2:]:
        post.pop("comments")
    html, accounts = _render(scorer, [_influencer(), quiet, few], lang="en")
    table = html[html.index('<table class="accounts"'):html.index("</table>")]
    headings = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', table)
    assert headings[-3:] == ["Engagement", "Generic comments", "Real-looking audience"]
    rows = {re.search(r'<small class="muted">([^<]+)</small>', row)[1]: row
            for row in re.findall(r"<tr class=\"band-[a-z_]+\">(.*?)</tr>", table, flags=re.S)}
    creator = audience_figures(accounts[0])
    values = {name: re.findall(r'<td class="num[^"]*" data-value="([^"]*)"', row)[1:] for name, row in rows.items()}
    engagement, comments = creator.engagement[0], creator.comments
    assert float(values["creator"][0]) == pytest.approx(engagement.median / engagement.expected[0])
    assert float(values["creator"][1]) == pytest.approx(comments.generic / comments.total)
    assert values["creator"][2] == "", "no audience sample: blank"
    assert values["quiet"] == ["", "", ""], "no audience data at all"
    assert values["few"][0] != "" and values["few"][1] == "", "too few comments for the signal: blank"


@pytest.mark.parametrize(("platform", "posts", "rate", "relative"), [
    ("instagram", MIN_POSTS_FOR_RATE, True, True),
    ("instagram", MIN_POSTS_FOR_RATE - 1, False, False),  # too few posts for the engagement signal
    ("mastodon", MIN_POSTS_FOR_RATE + 3, True, False),  # no published range for the platform
])
def test_agency_values_are_blank_where_the_signal_cannot_measure(platform, posts, rate, relative):
    account = parse_account(_influencer(platform=platform, posts=posts, comments=False))
    values = agency_values(audience_figures(account))
    assert tuple(values) == AGENCY_COLUMNS
    rates = [value for _, value in post_engagement_rates(account)]
    assert values["engagement_rate"] == (statistics.median(rates) if rate else None)
    if relative:
        low = expected_engagement_range(platform, follower_count(account, platform))[0]
        assert values["engagement_vs_tier"] == pytest.approx(statistics.median(rates) / low)
    else:
        assert values["engagement_vs_tier"] is None
    assert values["generic_comment_share"] is None and values["real_audience_share"] is None


def test_engagement_over_views_without_a_follower_count(scorer):
    document = _influencer(platform="youtube", comments=False)
    document["profiles"] = []
    for number, post in enumerate(document["posts"]):
        post["views"] = 20_000 + 1_500 * number
    html, (account,) = _render(scorer, [document], lang="en")
    (shown,) = audience_figures(account).engagement
    assert shown.basis == "views" and shown.followers is None and shown.expected is None
    assert [point.rate for point in shown.points] == [rate for _, rate in post_engagement_rates(account)]
    words = _text(_section(html))
    assert (f"12 posts with counters: median engagement {rate_text(shown.median, 'en')} of the views on youtube; "
            "the follower count is unknown") in words
    assert "No published engagement range" in words
    assert 'id="account-1-audience-engagement-1-expected"' not in html


def test_audit_without_accounts_keeps_its_columns(verdicts, card):
    html = render_report(list(verdicts.values()), card=card, lang="en")
    assert "Generic comments" not in html and "audience-section" not in html


def test_accounts_must_match_the_verdicts(verdicts, accounts):
    with pytest.raises(ValueError, match="one account per verdict"):
        render_report([verdicts["en_fake_guru"]], accounts=[accounts["en_fake_guru"], accounts["fr_fake_guru"]])


@pytest.mark.parametrize(("value", "lang", "shown"), [
    (1234567, "en", "1,234,567"), (1234567, "fr", "1\u202f234\u202f567"), (12, "fr", "12")])
def test_counts_are_grouped_in_the_readers_way(value, lang, shown):
    assert count_text(value, lang) == shown


@pytest.mark.parametrize(("value", "lang", "shown"), [
    (0.0123, "en", "1.2%"), (0.0123, "fr", "1,2\u202f%"), (0.0045, "en", "0.45%"), (0.05, "en", "5%"),
    (0.0, "fr", "0\u202f%"), (0.1, "en", "10%"), (-0.0, "en", "0%")])
def test_rates_are_said_as_percentages(value, lang, shown):
    assert rate_text(value, lang) == shown


@given(st.floats(min_value=-1e-9, max_value=50, allow_nan=False), st.sampled_from(["en", "fr"]))
def test_percentages_read_back_to_the_value(value, lang):
    for shown, digits in ((rate_text(value, lang), 2 if abs(value) < 0.01 else 1), (share_text(value, lang), 1)):
        number = shown.removesuffix("%").removesuffix("\u202f").replace(",", ".")
        assert not number.startswith("-0") and not number.endswith(".")
        assert float(number) == pytest.approx(value * 100, abs=0.5 * 10 ** -digits + 1e-9)
        assert ("\u202f%" in shown) == (lang == "fr")
