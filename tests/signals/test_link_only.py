import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.link_only import link_only
from tests.conftest import analysed, post

CASES = [
    # (posts, expected wordless_share, expected link_share, expected shortener_share)
    (["À lire : https://bit.ly/3abc #marketing", "Voici pourquoi la marge a baissé ce trimestre, détails ici"],
     0.5, 0.5, 1.0),
    (["https://example.com/a 🔥🔥 #growth", "Check this https://buff.ly/x",
      "New post on the blog: how we priced the new plan https://blog.example.org/p"],
     2 / 3, 1.0, 1 / 3),
    (["We cut churn by a third after rewriting the onboarding emails; here is what worked https://ex.com/a"],
     0.0, 1.0, 0.0),
    (["Nothing linked here, only words of my own about the weather in Lyon"], 0.0, 0.0, 0.0),
    # A repost carries someone else's words: it does not count either way.
    ([post("RT @x: https://bit.ly/zzz", kind="repost"), "Mon avis sur le sujet, sans lien cette fois-ci"],
     0.0, 0.0, 0.0),
    # Declared links win over the text.
    ([post("Read it", links=["https://ow.ly/abc"])], 1.0, 1.0, 1.0),
]


@pytest.mark.parametrize(("posts", "wordless", "with_links", "shortened"), CASES)
def test_link_only_values(posts, wordless, with_links, shortened):
    result = link_only(analysed(posts))
    assert result.measurable
    assert result.values["wordless_share"] == pytest.approx(wordless)
    assert result.values["link_share"] == pytest.approx(with_links)
    assert result.values["shortener_share"] == pytest.approx(shortened)


def test_link_only_evidence_points_at_the_wordless_posts():
    result = link_only(analysed(["Long text with many words of my own and no link at all", "https://bit.ly/a"]))
    assert [item.index for item in result.evidence["wordless_share"]] == [1]
    assert result.evidence["wordless_share"][0].link == "https://bit.ly/a"


@pytest.mark.parametrize("posts", [[], [post("RT @a: text", kind="repost")]])
def test_link_only_not_measurable_without_own_posts(posts):
    result = link_only(analysed(posts))
    assert not result.measurable
    assert result.values == {}


PHOTO = [{"kind": "image", "url": "https://pbs.twimg.com/media/HCuq2zDboAAKHUC.jpg"}]
VIDEO = [{"kind": "video"}]

MEDIA_CASES = [
    # (lang, posts, expected wordless_share, expected link_share)
    # X: a captionless photo is a t.co link in the text; the post carries media, so the link is the photo.
    ("en", [post("https://t.co/xwv9AIBVy4", media=PHOTO),
            post("Our team at the Lyon trade fair, a great day with customers https://t.co/MKeatIEeZ4", media=VIDEO)],
     0.0, 0.0),
    # X's own media pages and pic.twitter.com links are media, with or without declared media.
    ("fr", [post("pic.twitter.com/abc123 #vendanges"),
            post("La récolte de cette année https://x.com/domaine/status/2029903943413772741/photo/1")], 0.0, 0.0),
    # Mastodon attachments (relative to the instance, or absolute) and Bluesky's CDN.
    ("en", [post("", "mastodon", media=[{"kind": "image",
                                          "url": "/indiewebsocial/media_attachments/files/109/333/original/a.jpeg"}],
                 links=["/indiewebsocial/media_attachments/files/109/333/original/a.jpeg"]),
            post("", "mastodon", links=["https://files.mastodon.social/media_attachments/files/1/original/b.png"]),
            post("Sketch of the day", "bluesky",
                 links=["https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:abc/bafkrei@jpeg"])], 0.0, 0.0),
    # Instagram's CDN, and a link that is the post's own media URL.
    ("fr", [post("", "instagram", links=["https://scontent-cdg4-1.cdninstagram.com/v/t51/123_n.jpg"]),
            post("Nouvelle vitrine", "instagram", media=[{"kind": "image", "url": "https://shop.example/v.jpg"}],
                 links=["https://shop.example/v.jpg"])], 0.0, 0.0),
    # Without media, a bare t.co link cannot be told from an outbound link: it still counts.
    ("en", [post("https://t.co/abc"), post("A long enough post of my own words about the harvest")], 0.5, 0.5),
    # A media post that also pushes someone else's link is a link post.
    ("en", [post("https://t.co/abc https://buff.ly/xyz", media=PHOTO)], 1.0, 1.0),
]


@pytest.mark.parametrize(("lang", "posts", "wordless", "with_links"), MEDIA_CASES)
def test_link_only_media_posts_are_not_link_posts(lang, posts, wordless, with_links):
    result = link_only(analysed(posts, lang=lang))
    assert result.values["wordless_share"] == pytest.approx(wordless)
    assert result.values["link_share"] == pytest.approx(with_links)


OWN_SITE_CASES = [
    # (lang, profiles, posts, expected wordless_share, expected link_share)
    # A researcher linking her own papers: the profile's site (and its subdomains) is hers.
    ("en", [{"platform": "mastodon", "url": "https://janedoe.example/research"}],
     [post("New paper: https://janedoe.example/papers/survey.pdf", "mastodon"),
      post("Preprint https://preprints.janedoe.example/2024/01", "bluesky"),
      post("Great thread on survey weighting https://other.example/thread", "bluesky"),
      post("Worth a read https://other.example/b", "bluesky")], 1 / 4, 2 / 4),
    # A link in the bio names the site too; a newspaper linking its own articles pushes nobody else's content.
    ("fr", [{"platform": "facebook", "bio": "Le journal de la vallée. Toute l'actu sur https://www.gazette-vallee.fr"}],
     [post("Fermeture du pont de la D12 lundi https://www.gazette-vallee.fr/actu/pont-d12", "facebook"),
      post("À lire : https://gazette-vallee.fr/culture/festival", "twitter")], 0.0, 0.0),
    # On a shared host only the account's own page is its own: github.com/jane, not all of GitHub.
    ("en", [{"platform": "twitter", "url": "https://github.com/janedoe"}],
     [post("Release notes https://github.com/janedoe/survey-tools/releases/tag/v2"),
      post("Look https://github.com/someone-else/tool")], 1 / 2, 1 / 2),
    # A Mastodon page ("/@jane") on an unlisted instance is a page too.
    ("fr", [{"platform": "mastodon", "url": "https://piaille.fr/@jeanne"}],
     [post("Mon fil d'hier https://piaille.fr/@jeanne/1122334455", "mastodon"),
      post("Voir https://piaille.fr/@quelquun/99", "mastodon")], 1 / 2, 1 / 2),
    # A shortened link cannot be followed: never the account's own, even when the profile link is that shortener.
    ("en", [{"platform": "twitter", "url": "https://bit.ly/janedoe"}],
     [post("My course https://bit.ly/janedoe"), post("Read my notes on the course https://janedoe.example/x")],
     1 / 2, 1.0),
    # The account's own page on a platform, from its handle there: quoting one's own post shares one's own work.
    ("en", [{"platform": "Twitter", "handle": "@Jane_Doe"}],
     [post("@sam https://x.com/jane_doe/status/2029903943413772741", kind="reply"),
      post("@sam https://x.com/elonmusk/status/1", kind="reply")], 1 / 2, 1 / 2),
    ("fr", [{"platform": "mastodon", "handle": "@jeanne@piaille.fr"}],
     [post("Suite de mon fil https://piaille.fr/@jeanne/1122", "mastodon"),
      post("https://mastodon.social/@jeanne/5", "mastodon")], 1 / 2, 1 / 2),
    # X gives a profile's website as a t.co link: it names no site, and t.co links stay links.
    ("en", [{"platform": "twitter", "url": "https://t.co/RL76DqYwVT", "bio": "my book → https://t.co/dzymudWRGp"}],
     [post("https://t.co/abc"), post("Read the new chapter of my book https://janedoe.example/book")], 1 / 2, 1.0),
    # Without a profile link, nothing is the account's own.
    ("fr", [{"platform": "twitter"}], [post("https://janedoe.example/a")], 1.0, 1.0),
]


@pytest.mark.parametrize(("lang", "profiles", "posts", "wordless", "with_links"), OWN_SITE_CASES)
def test_link_only_leaves_out_links_to_the_accounts_own_site(lang, profiles, posts, wordless, with_links):
    result = link_only(analysed(posts, lang=lang, profiles=profiles))
    assert result.values["wordless_share"] == pytest.approx(wordless)
    assert result.values["link_share"] == pytest.approx(with_links)


@pytest.mark.parametrize(("lang", "posts", "shortened"), [
    # LinkedIn shortens every link of a post to lnkd.in, X wraps every link in t.co: neither says a tool posted it.
    ("en", [post("Full results: https://lnkd.in/eSkWt-nj", "linkedin"), post("Code: https://t.co/abc")], 0.0),
    ("fr", [post("Le programme : https://buff.ly/abc", "linkedin"), post("Inscriptions https://lnkd.in/x", "linkedin")],
     0.5),
    # Shortener subdomains count as the shortener.
    ("en", [post("Read https://go.bit.ly/abc")], 1.0),
])
def test_link_only_platform_wrappers_are_not_shorteners(lang, posts, shortened):
    assert link_only(analysed(posts, lang=lang)).values["shortener_share"] == pytest.approx(shortened)


LINKS = ["https://t.co/abc", "https://bit.ly/x", "https://other.example/a", "https://janedoe.example/p",
         "https://pbs.twimg.com/media/x.jpg"]
WORDS = ["", "Read this", "Our harvest report with every figure from the cellar this year"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.lists(st.sampled_from(LINKS), max_size=3)), min_size=1,
                max_size=8), st.data())
def test_attaching_media_to_a_post_never_raises_the_link_shares(items, data):
    documents = [post(" ".join([words, *links]).strip() or "…") for words, links in items]
    chosen = data.draw(st.integers(0, len(documents) - 1), label="post with media")
    with_media = [*documents[:chosen], {**documents[chosen], "media": PHOTO}, *documents[chosen + 1:]]
    profiles = [{"platform": "twitter", "url": "https://janedoe.example"}]
    before = link_only(analysed(documents, lang="en", profiles=profiles)).values
    after = link_only(analysed(with_media, lang="en", profiles=profiles)).values
    assert after["link_share"] <= before["link_share"]
    assert after["wordless_share"] <= before["wordless_share"]


@pytest.mark.parametrize(("posts", "expected"), [
    # A DOI, a preprint, an open archive (subdomains included), a journal; not a blog or a shortener.
    (["Notre article : https://doi.org/10.1177/0000", "Preprint https://arxiv.org/abs/2401.00001",
      "Version ouverte https://hal.science/hal-0001", "Nouveau billet https://blog.example/post",
      "Lien https://bit.ly/abc"], 3 / 5),
    (["Paper out in https://www.nature.com/articles/x1", "coffee time", "more coffee", "lunch", "dinner"], 1 / 5),
    (["nothing to read here", "a picture of my cat"], 0.0),
    # A repost of someone's paper is not one of the account's own posts.
    ([post("https://doi.org/10.1/x", kind="repost"), "hello there", "good night"], 0.0),
    # Only reposts: no post of its own, no share.
    ([post("https://doi.org/10.1/x", kind="repost")], 0.0),
    # One DOI pasted under three of six hollow posts is one paper, not a research habit.
    (["Storytelling wins. Science agrees: https://doi.org/10.1177/0022", "Engagement is currency",
      "Studies prove it https://doi.org/10.1177/0022", "Be authentic", "Grow your tribe",
      "The evidence https://doi.org/10.1177/0022"], 1 / 6),
    # Le même article partagé sur trois réseaux est un seul article dans un seul billet.
    ([post("Notre article https://hal.science/hal-0001", platform=network) for network in ("mastodon", "bluesky",
                                                                                           "linkedin")]
     + ["Séminaire jeudi", "Jury de thèse demain", "Café avec l'équipe"], 1 / 4),
    # Two different papers, each shared on two networks, among four distinct posts.
    ([post("New paper https://arxiv.org/abs/1", platform=network) for network in ("mastodon", "bluesky")]
     + [post("Our dataset paper https://osf.io/abcd", platform=network) for network in ("mastodon", "bluesky")]
     + ["Teaching today", "Grading all weekend"], 2 / 4),
])
def test_research_link_share(posts, expected):
    from credscore.signals.link_only import research_link_share

    assert research_link_share(analysed(posts)) == pytest.approx(expected)
