import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.signals.platitudes import MIN_POSTS, is_platitude, platitudes
from tests.conftest import analysed, post

# Posts of a real shop, a developer and an association: substance of their own, in both languages.
PLAIN_EN = [
    post("Shipped the new invoices page today, feedback welcome"),
    post("Our sourdough now uses flour from the mill in Thirsk, two miles down the road"),
    post("Roadworks on Mill Lane until Friday, the back entrance is open"),
    post("Spent the morning with the accounts team chasing a rounding bug in the VAT export"),
    post("Thanks to everyone who came to the open day, the new kiln was the star"),
]
PLAIN_FR = [
    post("Visite du chantier de la rue Nationale ce matin avec le maître d'œuvre"),
    post("La nouvelle carte d'automne arrive jeudi : velouté de potimarron et tarte aux noix"),
    post("Fermeture exceptionnelle de la boutique lundi pour inventaire"),
    post("Merci aux bénévoles de la collecte de samedi, les étagères sont pleines"),
    post("On a enfin réglé le souci d'export comptable, il venait des arrondis de TVA"),
]

CASES = [
    # (lang, posts, expected platitude_share)
    # A feed of borrowed wisdom: bare, in quotes, as a "Reminder:" line, with the hashtags such feeds carry.
    ("en", [post("Patience is the key to success."),
            post("Work smarter, not harder 💡 #mindset", "instagram"),
            post("Reminder: get out of your comfort zone. #motivation"),
            post("“Success is a journey, not a destination.” #quoteoftheday"),
            post("Dream big. Start small. Act now."),
            post("New podcast episode with my coach friend Dave is out")], 5 / 6),
    ("fr", [post("La patience est la clé du succès."),
            post("Sortez de votre zone de confort ! #réussite", "linkedin"),
            post("Rappel : chaque échec est une leçon. #entrepreneuriat"),
            post("Visez la lune : même si vous la ratez, vous atterrirez parmi les étoiles."),
            post("« Le temps, c'est de l'argent. » #citation"),
            post("N'abandonnez jamais. 🔥"),
            post("Nouvel épisode du podcast avec Julie, coach de vie")], 6 / 7),
    # A quote card that no list holds still counts when it is shaped as a quote and carries a motivational hashtag.
    ("en", [post("“Discipline is choosing between what you want now and what you want most.” — Abraham Lincoln "
                 "#mindset #success"),
            post("Daily reminder: your habits decide your future. #motivation #entrepreneur"),
            *PLAIN_EN[:3]], 2 / 5),
    ("fr", [post("« La discipline est le pont entre les objectifs et l'accomplissement. » — Jim Rohn #citation"),
            post("Pensée du jour : ton avenir se construit aujourd'hui. #développementpersonnel"),
            *PLAIN_FR[:3]], 2 / 5),
    # A real person who quotes a line once among substantive posts: a low share, not a hit on every post.
    ("en", [*PLAIN_EN, post("Dream big, my grandad used to say, and check the oil every Sunday")], 1 / 6),
    ("fr", [*PLAIN_FR, post("Comme disait ma grand-mère : quand on veut, on peut !")], 1 / 6),
    # Decided borderline: a shop's cliché as its slogan is one platitude post among its offers and news.
    ("en", [*PLAIN_EN, post("Time is money: order before noon and we deliver the same day")], 1 / 6),
    ("fr", [*PLAIN_FR, post("Le temps, c'est de l'argent : commandez avant midi, livré le jour même")], 1 / 6),
    # Plain speech: a word alone, a narrative (the inflected form), a coach who criticises the cliché, a club's
    # match report, a long review quoting one line, a runner's hashtag, a shop's notice.
    ("en", [post("Patience, friends: the sourdough needs another day"),
            post("Success! The new oven finally reached temperature"),
            post("My grandmother never gave up on her garden, not even at 94"),
            post("'Work smarter not harder' is useless advice if nobody tells you what smart looks like."),
            post("3-1 against Leeds tonight, never give up team!"),
            post("Finished Range by David Epstein. His point that specialists do worse in wicked environments "
                 "matches what we saw moving from consulting to product: the chapter on 'dream big' founders "
                 "is weaker, but the research on late starters alone is worth the read."),
            post("Leg day done, new squat record #motivation #fitness")], 0.0),
    ("fr", [post("Patience, la pâte doit encore reposer une journée"),
            post("Arrêtez avec les poncifs du genre « sortez de votre zone de confort », parlez de vos clients."),
            post("Victoire 2-0 à domicile, ne lâchez jamais rien les filles !"),
            post("Ma grand-mère n'a jamais abandonné son potager, même à 94 ans"),
            post("Rappel : atelier création d'entreprise jeudi à 18 h à la médiathèque #entrepreneuriat"),
            post("Réussite totale pour la brocante de dimanche, merci aux exposants")], 0.0),
    # Replies ("never give up!" to a friend is conversation) and reposts (others' words) are not the feed's own.
    ("en", [post("@sam never give up, you will get that job!", kind="reply"),
            post("Dream big. #motivation", kind="repost"),
            post("@jo_runs follow your dreams, the marathon is yours!"),  # opens on a mention: an unmarked reply
            *PLAIN_EN], 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "expected"), CASES)
def test_platitude_share(lang, posts, expected):
    result = platitudes(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["platitude_share"] == pytest.approx(expected)


def _judged(text: str, lang: str = "en") -> bool:
    account = analysed([post(text)], lang=lang)
    return is_platitude(account.posts[0], text)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Never give up!", "en", True),
    ("You miss 100% of the shots you don't take. #quoteoftheday", "en", True),  # the maxim's own figure
    ("Tip #12: stay hungry. #hustle", "en", True),
    ("Croyez en vous.", "fr", True),
    ("N’abandonnez jamais.", "fr", True),  # a curly apostrophe
    # Styled letters, homoglyphs, zero-width characters and full-width letters do not hide it.
    ("𝐃𝐫𝐞𝐚𝐦 𝐛𝐢𝐠.", "en", True),
    ("Dre\u200bam b\u200big", "en", True),
    ("Drеam big", "en", True),  # a Cyrillic е
    ("Ｗｏｒｋ ｓｍａｒｔｅｒ, ｎｏｔ ｈａｒｄｅｒ", "en", True),
    ("𝓛𝓪 𝓹𝓪𝓽𝓲𝓮𝓷𝓬𝓮 𝓮𝓼𝓽 𝓵𝓪 𝓬𝓵é 𝓭𝓾 𝓼𝓾𝓬𝓬è𝓼", "fr", True),
    ("La patience est la cle du succes", "fr", True),  # accents dropped
    # Not platitudes: words alone, inflected narrative, a hashtag without a quote, a quote without a hashtag.
    ("Patience", "en", False),
    ("Success is what we call it when the build is green", "en", False),
    ("I dreamed big as a kid and became a plumber", "en", False),
    ("Osez pousser la porte de l'atelier samedi", "fr", False),
    ("New episode out now #motivation", "en", False),
    ("Sky's the limit for rents as the council shelves its housing plan", "en", False),  # an idiom in a headline
    ("“We ship on Fridays because customers read on Mondays.” — Anna Lee", "en", False),
    ("Stop saying 'never give up': sometimes quitting a bad project is the smart move", "en", False),
    ("« Visez la lune » : le pire conseil qu'on m'ait donné", "fr", False),
])
def test_is_platitude(text, lang, expected):
    assert _judged(text, lang) is expected


def test_a_long_post_counts_when_it_strings_platitudes():
    broetry = ("I failed seven times before my first client.\n\nEvery failure is a lesson.\n\n"
               "People laughed. I kept going, because patience is the key to success and I knew it.\n\n"
               "So here is what I tell everyone who asks me how I did it: trust the process and stop waiting.\n\n"
               "Agree?")
    review = ("Finished Range by David Epstein. His point that specialists do worse in wicked environments "
              "matches what we saw moving from consulting to product; he quotes 'every failure is a lesson' only to "
              "show how little the phrase says about which lesson, and the research on late starters is the best part.")
    assert _judged(broetry)
    assert not _judged(review)


def test_platitude_posts_are_the_evidence():
    result = platitudes(analysed([*PLAIN_EN[:4], post("Consistency is key. #mindset", "linkedin", id="p5")],
                                 lang="en"))
    assert [(item.kind, item.index, item.id) for item in result.evidence["platitude_share"]] == [("post", 4, "p5")]
    assert result.evidence["platitude_share"][0].excerpt == "Consistency is key. #mindset"  # quoted as written


@pytest.mark.parametrize("posts", [
    PLAIN_EN[:MIN_POSTS - 1],
    # Posts of fewer than two words, replies and reposts do not count towards the minimum.
    [*PLAIN_FR[:MIN_POSTS - 1], post("Osez."), post("👏"), post("https://example.org/a")],
    [*PLAIN_EN[:MIN_POSTS - 1], post("@sam dream big", kind="reply"), post("Dream big", kind="repost")],
])
def test_not_measurable_with_too_few_posts(posts):
    result = platitudes(analysed(posts, lang="en"))
    assert not result.measurable
    assert "platitude_share" not in result.values


# A property pool: posts each of which is a platitude or plain speech whatever surrounds it.
HOLLOW = ["Patience is the key to success.", "Dream big. #motivation", "Sortez de votre zone de confort !",
          "Rappel : chaque échec est une leçon.", "Work smarter, not harder", "Croyez en vous."]
PLAIN = [p["text"] for p in PLAIN_EN + PLAIN_FR]


def _share(texts: list[str]) -> float | None:
    result = platitudes(analysed([post(text) for text in texts], lang="en"))
    return result.values["platitude_share"] if result.measurable else None


# The share is a ratio over a set of posts: it does not depend on their order, and adding a platitude post
# (k+1)/(n+1) >= k/n never lowers it, while a plain post k/(n+1) <= k/n never raises it.
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HOLLOW + PLAIN), min_size=MIN_POSTS, max_size=9, unique=True),
       st.randoms(use_true_random=False),
       st.sampled_from(HOLLOW), st.sampled_from(PLAIN))
def test_order_does_not_matter_and_added_posts_move_the_share_their_way(texts, random, hollow, plain):
    share = _share(texts)
    assert share is not None
    shuffled = list(texts)
    random.shuffle(shuffled)
    assert _share(shuffled) == pytest.approx(share)
    assert _share([*texts, hollow]) >= share
    assert _share([*texts, plain]) <= share
