import pytest

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
