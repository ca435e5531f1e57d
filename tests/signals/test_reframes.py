import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.signals.reframes import MAX_DENIAL_WORDS, MAX_TURN_WORDS, MIN_POSTS, is_reframe, reframes
from tests.conftest import analysed, post

# Posts of a bakery, a developer, a council and an association: substance of their own, in both languages, with
# negations that deny a fact rather than frame a slogan.
PLAIN = [
    post("Shipped the new invoices page today, feedback welcome"),
    post("We don't open on Sundays in winter. Orders placed online are ready on Monday from 8am."),
    post("Roadworks on Mill Lane until Friday, the back entrance is open"),
    post("La boutique ne sera pas ouverte lundi pour inventaire, réouverture mardi à 9 h"),
    post("Merci aux bénévoles de la collecte de samedi, les étagères sont pleines"),
    post("The migration did not finish overnight, we will rerun it with smaller batches tomorrow morning"),
]


@pytest.mark.parametrize(("text", "expected"), [
    # The two beats: a short denial, then the slogan that opens on "it's"/"c'est" or names again a word denied.
    ("Most founders don't have a product problem.\n\nThey have a distribution problem.", True),
    ("It's not a content problem. It's a positioning problem.", True),
    ("You don't need a niche. You need a point of view.", True),
    ("Nobody cares about your product. They care about their problem.", True),
    ("Ce n'est pas de la chance, c'est une méthode.", True),
    ("Tu n'as pas besoin d'un plan parfait. Tu as besoin d'un premier pas.", True),
    ("Le storytelling n'est pas un gadget — c'est ce qui transforme un parcours en aimant à clients.", True),
    ("Le contenu viral c'est pas de la chance. C'est une méthode.", True),  # colloquial, without "ne"
    ("Ads aren't the problem. They're the symptom.", True),
    ("Ton audience ne veut pas de la perfection. Elle veut de l'authenticité.", True),  # the verb named again
    ("Ce n’est pas de la chance, c’est une méthode.", True),  # curly apostrophes
    ("𝗜𝘁'𝘀 𝗻𝗼𝘁 𝗹𝘂𝗰𝗸. 𝗜𝘁'𝘀 𝗮 𝘀𝘆𝘀𝘁𝗲𝗺 𝘆𝗼𝘂 𝗯𝘂𝗶𝗹𝗱.", True),  # styled letters do not hide it
    ("Ce n'est pas de la chance, c'est une methode", True),  # accents dropped
    # A professional's explanation has the same shape: counted, and left to the share (one post among many).
    ("The bug wasn't in the parser. It was in the tokenizer cache.", True),
    # Not reframes: an argument going on, a notice, a closer, a story, a negation with no second beat.
    ("You may not like it, but this is what peak performance looks like.", False),
    ("Ce n'est pas parfait, mais ça marche et les clients sont contents.", False),
    ("We don't ship on Sundays. You can still order online anytime.", False),
    ("Tu mérites un travail qui ne te coûte pas ta santé. C'est tout.", False),  # "C'est tout." closes
    ("Pas à pas, on avance. C'est une belle journée pour courir.", False),  # "pas à pas" denies nothing
    ("Une personne m'a écrit hier. C'est touchant de lire ça.", False),  # "une personne" denies nothing
    ("Il n'y a plus de places pour jeudi. Les inscriptions pour vendredi restent ouvertes.", False),
    ("It's not ready yet.", False),
    ("Not yet, it's on the list for next month.", False),  # an answer, not a claim denied
    # The word named again is the subject before the negation, not what is denied: a title and its description.
    ("The cheapest mechanical keyboard that doesn't feel cheap\n\nFour keyboards under 50 dollars, tested.", False),
    ("Great session with the team today, thanks all", False),
    # Two denials in a row are no turn ("It's not X. It's not Y either.").
    ("It's not the price. It's not the timing either.", False),
])
def test_is_reframe(text, expected):
    assert is_reframe(text) is expected


def test_the_beats_are_short():
    # A long sentence with a negation in it is an argument or a story, and a long second beat an explanation.
    long_denial = " ".join(["word"] * MAX_DENIAL_WORDS) + " isn't a problem. It's a habit."
    long_turn = "It's not luck. It's " + " ".join(["practice"] * MAX_TURN_WORDS) + "."
    assert not is_reframe(long_denial)
    assert not is_reframe(long_turn)
    assert is_reframe("It's not luck. It's daily practice over years.")


@pytest.mark.parametrize(("posts", "expected"), [
    ([post("It's not a content problem. It's a positioning problem."),
      post("You don't need a niche. You need a point of view.", "linkedin"),
      post("Nobody cares about your product. They care about their problem.", "threads"),
      *PLAIN[:3]], 3 / 6),
    ([post("Ce n'est pas de la chance, c'est une méthode.", "linkedin"),
      post("Tu n'as pas besoin d'un plan parfait. Tu as besoin d'un premier pas.", "instagram"),
      *PLAIN[3:]], 2 / 5),
    (PLAIN, 0.0),
    # Replies and reposts are not the account's own posts: neither counted nor counting.
    ([*PLAIN, post("@sam it's not luck, it's a method", kind="reply"),
      post("It's not a content problem. It's a positioning problem.", kind="repost")], 0.0),
])
def test_reframe_share(posts, expected):
    result = reframes(analysed(posts, lang="en"))
    assert result.measurable
    assert result.values["reframe_share"] == pytest.approx(expected)


def test_a_text_pasted_to_several_networks_counts_once():
    # A campaign line pushed to five networks is one thing said, not five: pasting is what cross_posting measures.
    pasted = [post("Ce n'est pas de la chance, c'est une méthode.", platform)
              for platform in ("facebook", "twitter", "linkedin", "instagram", "mastodon")]
    result = reframes(analysed([*pasted, *PLAIN[:4]], lang="fr"))
    assert result.values["reframe_share"] == pytest.approx(1 / 5)
    assert [item.index for item in result.evidence["reframe_share"]] == [0]
    # Posted again on the same network, it is said again (a recycler's slogan).
    again = post("Ce n'est pas de la chance, c'est une méthode.", "facebook", created_at="2025-06-01T09:00:00Z")
    assert reframes(analysed([*pasted, *PLAIN[:4], again], lang="fr")).values["reframe_share"] == pytest.approx(2 / 6)


def test_reframe_posts_are_the_evidence():
    result = reframes(analysed([*PLAIN[:4], post("Ads aren't the problem. They're the symptom.", "linkedin",
                                                 id="p5")], lang="en"))
    assert [(item.kind, item.index, item.id) for item in result.evidence["reframe_share"]] == [("post", 4, "p5")]


@pytest.mark.parametrize("posts", [
    PLAIN[:MIN_POSTS - 1],
    # Posts of fewer than four words, replies and reposts do not count towards the minimum.
    [*PLAIN[:MIN_POSTS - 1], post("Not luck. Method."), post("👏"), post("@sam no way", kind="reply")],
])
def test_not_measurable_with_too_few_posts(posts):
    result = reframes(analysed(posts, lang="en"))
    assert not result.measurable
    assert "reframe_share" not in result.values


SLOGANS = ["It's not a content problem. It's a positioning problem.",
           "You don't need a niche. You need a point of view.",
           "Ce n'est pas de la chance, c'est une méthode.", "Ads aren't the problem. They're the symptom."]
TEXTS = [p["text"] for p in PLAIN]


def _share(texts: list[str]) -> float | None:
    result = reframes(analysed([post(text) for text in texts], lang="en"))
    return result.values["reframe_share"] if result.measurable else None


# The share is a ratio over a set of posts: it does not depend on their order, a slogan post added never lowers it
# and a plain post added never raises it.
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SLOGANS + TEXTS), min_size=MIN_POSTS, max_size=9, unique=True),
       st.randoms(use_true_random=False),
       st.sampled_from(SLOGANS), st.sampled_from(TEXTS))
def test_order_does_not_matter_and_added_posts_move_the_share_their_way(texts, random, slogan, plain):
    share = _share(texts)
    assert share is not None
    shuffled = list(texts)
    random.shuffle(shuffled)
    assert _share(shuffled) == pytest.approx(share)
    assert _share([*texts, slogan]) >= share
    assert _share([*texts, plain]) <= share


@pytest.mark.parametrize("text", [
    "Most founders don't have a product problem.\n\nThey have a distribution problem.",
    "It isn’t luck. It’s a system.",  # curly apostrophes
    "IT'S NOT LUCK. IT'S A SYSTEM.",
    "𝗜𝘁'𝘀 𝗻𝗼𝘁 𝗹𝘂𝗰𝗸. 𝗜𝘁'𝘀 𝗮 𝘀𝘆𝘀𝘁𝗲𝗺 𝘆𝗼𝘂 𝗯𝘂𝗶𝗹𝗱.",
    "Ce n'est pas de la chance, c'est une méthode.",
    "Tu n'as jamais eu besoin d'un mentor. Tu as besoin d'un plan.",
    "Le contenu viral c'est pas de la chance. C'est une méthode.",
])
def test_the_quick_look_at_the_words_lets_every_reframe_through(text):
    # The signal reads again only the posts whose analysed words hold a negation (or whose text holds "n't"): every
    # reframe must be among them, or the quick look would change the share.
    from credscore.signals.reframes import _may_deny, _negation_words

    words = analysed([post(text)] * MIN_POSTS, lang="en").posts[0].words
    assert is_reframe(text)
    assert _may_deny(text, words, _negation_words())
