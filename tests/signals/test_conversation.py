import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.signals.conversation import (
    MIN_EXCHANGE_WORDS,
    comment_says_something,
    conversation,
    dismisses,
    moves_to_private,
)
from tests.conftest import analysed, post

# Broadcasts of a fake expert, and of a real shop: neither is a reply.
GURU_FR = [
    "Les 5 erreurs qui tuent ta visibilité sur LinkedIn",
    "Ma méthode pour exploser ton engagement en trente jours",
    "Le storytelling est la clé de ton personal branding",
    "Découvre ma formation offerte dès ce soir",
    "Pourquoi ton contenu ne perce pas encore",
]
GURU_EN = [
    "The 5 mistakes killing your reach on LinkedIn",
    "My method to grow your audience in thirty days",
    "Storytelling is the key to your personal brand",
    "Grab my free masterclass tonight",
    "Why your content is still invisible",
]
REAL_REPLIES_FR = [
    post("@marie je ne suis pas d'accord sur le coût, nous avons mesuré l'inverse chez nous", kind="reply"),
    post("@paul oui, le devis part demain matin avec les nouvelles quantités", kind="reply"),
    post("Et comment mesurez-vous le panier moyen sur la boutique en ligne ?", kind="comment"),
]
REAL_REPLIES_EN = [
    post("@sam thanks, the invoice template is in the shared folder now", kind="reply"),
    post("We tried the same pricing change and lost our smallest customers", kind="comment"),
    post("@kim the delay came from the customs paperwork, not the carrier", kind="reply"),
]
CANNED_EN = "Thank you so much for your kind words, it really means a lot to me"
CANNED_FR = "Merci beaucoup pour ton retour, ça me touche vraiment énormément"
NAMES = ["Julie", "Marc", "Sophie", "Hugo", "Léa", "Nina", "Paul", "Zoé"]

CASES = [
    # (lang, posts, expected reply_share, expected generic_reply_share)
    # A short reply that only moves the exchange to private messages says nothing in public; one that answers first
    # and then offers to go on in private is an exchange.
    ("fr", [
        post("Je t'écris en privé Cécile 😉", kind="comment"),
        post("Je t’envoie un MP Julien", kind="comment"),
        post("Le four se règle à 1 240 °C pour le grès, je t'écris en privé pour le reste", kind="comment"),
        "Atelier ouvert samedi de 10 h à 18 h",
        "Nouvelle série de bols émaillés en vente",
    ], 1 / 5, 2 / 3),
    ("en", [
        post("I'll DM you, Sam!", kind="reply"),
        post("Check your DMs 😉", kind="reply"),
        post("The export takes the CSV header from row one; I'll DM you the script we use", kind="reply"),
        "Release 2.4 is out with the new importer",
        "Our build times went from 14 to 6 minutes this month",
    ], 1 / 5, 2 / 3),
    # A reply that withholds the answer for the account's free group, Telegram or link in bio says nothing of its own
    # however long; one that gives a figure or asks a question back is an exchange, and so is a studio sending a
    # translator to its Discord (a bare channel name withholds nothing).
    ("en", [
        post("@chloe Depends on the week honestly. I go through the real numbers with everyone in the Telegram",
             kind="reply"),
        post("@marcus too long for threads. it's all in the free group, link in bio", kind="reply"),
        post("@sofia I share my hook templates in the free telegram every monday 🔥", kind="reply"),
        post("@ana history pays about 4 dollars per thousand views, the full table is in my free group", kind="reply"),
        post("@jonas send the file on our Discord in the translations channel and Theo reviews it tomorrow",
             kind="reply"),
        "New video on faceless channels is live",
    ], 2 / 6, 3 / 5),
    ("fr", [
        post("@sarah merci 🙏 tout est dans la masterclass, lien en bio", kind="reply"),
        post("@nadia franchement ça dépend de chacune, je t'explique tout dans mon groupe privé", kind="reply"),
        post("@lucas tu veux la version débutant ou confirmé ? Le lien est en bio", kind="reply"),
        post("@emma le groupe de parole se réunit au local, on prend les inscriptions sur place", kind="reply"),
        "Nouvelle vidéo en ligne ce soir",
        "Le programme de la rentrée arrive",
    ], 2 / 6, 2 / 4),
    # Idioms that name no place are answers: "it's all in the timing", "tout est dans le détail".
    ("en", [
        post("@kim honestly it's all in the timing, we post when the night shift ends", kind="reply"),
        post("@lee the recipe is on the blog, every step of the dough", kind="reply"),
        "Bakery opens at seven tomorrow",
        "Sourdough is back on Friday",
        "Closed on Monday for the inventory",
    ], 2 / 5, 0.0),
    ("fr", [
        post("@léa tout est dans le détail, la pâte repose une nuit entière au froid", kind="reply"),
        "Boulangerie ouverte dès sept heures",
        "Le pain au levain revient vendredi",
        "Fermeture lundi pour inventaire",
        "Nouvelle farine du moulin voisin",
    ], 1 / 5, 0.0),
    # Stock praise and emoji say nothing; an answer in the account's own words is an exchange.
    ("fr", [
        post("Super article !", kind="comment"),
        post("Bon résumé !", kind="comment"),
        "@marie je ne suis pas d'accord sur le coût, nous avons mesuré l'inverse chez nous",
        "Nous lançons une nouvelle gamme de pains bio",
        "Merci @paul pour la visite de l'atelier hier",
    ], 1 / 5, 2 / 3),
    ("en", [
        post("Great post! 🙌", kind="reply"),
        post("🔥🔥🔥", kind="comment"),
        post("Thanks, we measured churn weekly and the drop came from onboarding", kind="reply"),
        "Shipping the new pricing page today",
        "Hiring a backend engineer in Lyon",
        "Quarterly numbers are in: margin up two points",
    ], 1 / 6, 2 / 3),
    # A long reply that praises goes on to say something: an exchange.
    ("en", [
        post("Great post, the part about cohort retention matched what we saw in our own data", kind="reply"),
        post("So true 🙌", kind="reply"),
        post("Totally agree", kind="comment"),
        "Back from the trade fair in Milan with a full notebook",
        "Our warehouse team broke the shipping record this week",
    ], 1 / 5, 2 / 3),
    # A word or two acknowledges, it does not exchange anything.
    ("fr", [
        post("Merci !", kind="reply"),
        post("Exactement.", kind="comment"),
        post("Oui, on livre aussi le samedi matin à Nantes", kind="reply"),
        "Inventaire annuel terminé, merci à toute l'équipe",
        "Fermeture exceptionnelle lundi pour travaux",
    ], 1 / 5, 2 / 3),
    # No reply at all: a broadcaster. Reposts are left out.
    ("fr", [*GURU_FR, post("RT @agence: Super article !", kind="repost")], 0.0, 0.0),
    # A mention at the start makes a reply; a mention elsewhere, appended tags, or a list of tags does not.
    ("en", [
        "  @sam thanks, the invoice template is in the shared folder now",
        "Lunch with @kim and the sales team to plan the autumn launch",
        "New episode of the podcast is out cc @anna @bob",
        "@a @b @c @d New video: the 3 secrets of viral hooks",
        "Reading about supply chains on the train home via @pocket",
    ], 1 / 5, 0.0),
    # Gaming: "cc @a @b" appended to every broadcast addresses nobody.
    ("fr", [f"{text} cc @growthclub @viralteam" for text in GURU_FR], 0.0, 0.0),
    ("en", [f"{text} via @buffer" for text in GURU_EN], 0.0, 0.0),
    # Gaming: one canned 14-word thank-you sent to twenty people is a template, however long.
    ("en", [*GURU_EN, *(post(f"@fan{k} {CANNED_EN} 🙏", kind="reply") for k in range(20))], 0.0, 1.0),
    # ... also when the tool writes each person's first name in it.
    ("fr", [*GURU_FR, *(post(f"{CANNED_FR} {name} !", kind="comment") for name in NAMES)], 0.0, 1.0),
    # Gaming: "merci !" eight times.
    ("fr", [*GURU_FR, *([post("merci !", kind="reply")] * 8)], 0.0, 1.0),
    # A first name from the handle is masked: the same short thank-you to three people is canned.
    ("fr", [*GURU_FR, *(post(f"@{name.lower()}_{k} Merci {name}, à bientôt !", kind="reply")
                        for k, name in enumerate(NAMES[:3]))], 0.0, 1.0),
    # Real replies among the canned ones still count; the canned ones do not.
    ("en", [*GURU_EN, *REAL_REPLIES_EN, *(post(f"@fan{k} {CANNED_EN}", kind="reply") for k in range(3))],
     3 / 11, 3 / 6),
    ("fr", [*GURU_FR, *REAL_REPLIES_FR], 3 / 8, 0.0),
    # Gaming: varied compliments, each different, none of them saying anything of its own.
    ("en", [*GURU_EN, *(post(text, kind="reply") for text in (
        "You nailed it, Priyanka!", "Big yes to this", "Needed to hear this today", "So inspiring, keep going"))],
     0.0, 1.0),
    ("fr", [*GURU_FR, *(post(text, kind="comment") for text in (
        "Tellement inspirant, merci Julie", "Exactement ça, tu as tout dit", "Je valide à cent pour cent"))],
     0.0, 1.0),
    # Gaming: varied, model-written compliments to everyone, each opening on praise and going on with a platitude:
    # a habit of praise-led replies (five at least, half the replies) with no figure, question or link.
    ("en", [*GURU_EN, *(post(text, kind="reply") for text in (
        "@sarah What a powerful reminder, Sarah. Resilience is the quiet foundation of every great leader.",
        "@mark Love this perspective, Mark! So much wisdom packed into a few lines.",
        "@deepa This resonates deeply, Deepa. Thank you for being so generous with your insights.",
        "@tom Brilliant take, Tom. The world needs more leaders who think like this.",
        "@lena Absolutely spot on, Lena. Authenticity always wins in the long run.",
        "@chris Such an inspiring journey, Chris! Your story will help so many people."))], 0.0, 1.0),
    ("fr", [*GURU_FR, *(post(text, kind="comment") for text in (
        "@julie Quelle pépite, Julie ! Le vrai leadership commence par l'écoute de soi.",
        "@marc Tellement inspirant Marc, la résilience est la clé de toute réussite.",
        "@sophie Ça résonne fort, Sophie. L'authenticité finit toujours par payer.",
        "@hugo Très juste Hugo, le mindset fait toute la différence dans une carrière.",
        "@lea Magnifique partage Léa, merci de nous rappeler l'essentiel du leadership."))], 0.0, 1.0),
    # A real person's occasional praise-led reply that goes on to say something stays an exchange...
    ("en", [*GURU_EN, *REAL_REPLIES_EN, *(post(text, kind="reply") for text in (
        "Great post, the part about cohort retention matched what we saw in our own data",
        "Love this, the warehouse photos brought back my first job in logistics"))], 5 / 10, 0.0),
    # ... and so do praise-led replies that ask a question or give a figure, however many.
    ("en", [*GURU_EN, *(post(text, kind="reply") for text in (
        "@a Great point, what did churn look like after the price change?",
        "@b Love this, we saw the same 12% drop in March",
        "@c Brilliant, how long did the migration take?",
        "@d Spot on, our returns fell to 4% after we added the size guide",
        "@e So true, did you try it on the mobile app as well?"))], 5 / 10, 0.0),
    # A reply that brushes the reader off says nothing to anyone, however long; a firm, brief answer to a troll that
    # points to the sources is an answer.
    ("fr", [*GURU_FR, *(post(text, kind="reply") for text in (
        "@thomas les rageux ne construisent rien, pendant ce temps mes élèves avancent. Bonne continuation.",
        "@rita tout le monde n'est pas prêt pour le succès, et c'est ok, on ne peut pas sauver tout le monde",
        "@nico on ne débattra pas ici, les sources sont dans le commentaire épinglé"))], 1 / 8, 2 / 3),
    ("en", [*GURU_EN, *(post(text, kind="reply") for text in (
        "@gabe haters gonna hate, while you complain my students are out there building real businesses",
        "@mona you're just jealous that my launch sold out in two days, stay poor and keep scrolling"))], 0.0, 1.0),
    # A short factual answer says something of its own with few words: two that are not function words.
    ("en", [*GURU_EN, post("@sam Debian 13 with XFCE.", kind="reply"), post("@kim Not yet, next month.", kind="reply")],
     1 / 7, 1 / 2),
]


@pytest.mark.parametrize(("lang", "posts", "reply_share", "generic_share"), CASES)
def test_conversation_values(lang, posts, reply_share, generic_share):
    result = conversation(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values == pytest.approx({"reply_share": reply_share, "generic_reply_share": generic_share})


FUNNEL_BIO = [{"platform": "twitter", "handle": "dante", "bio": "Credit strategist. Free class ⬇️ glowup.co/free"}]
SHOP = [{"platform": "instagram", "handle": "atelier", "url": "https://www.atelier-gres.example"}]
SCIENTIST = [{"platform": "twitter", "handle": "dr_lea", "bio": "GP in Lille. Views my own."}]
LAB = [{"platform": "bluesky", "handle": "ingrid", "bio": "Environmental health. Papers: smokelab.ca/publications"}]
ASKED = [
    "@fico_nerd the whole method is broken down step by step in the free class: {to}",
    "@attorney all the results and the process are explained in my free training, no fluff: {to}",
    "@mia sorry you feel that way, every step of the process is covered in the free class: {to}",
    "@classmate the full story is in the free class, come watch it instead of guessing: {to}",
    "@paralegal that's the surface-level read, the strategy is explained in depth here: {to}",
    "@rashad the real results are inside, start with the masterclass: {to}",
]
POINTER_CASES = [
    # (profiles, posts, expected reply_share, expected generic_reply_share)
    # A funnel: every critic, whatever they asked, gets the site the profile names, in words that vary.
    (FUNNEL_BIO, [*GURU_EN, *(post(text.format(to="glowup.co/free"), kind="reply") for text in ASKED)],
     0.0, 1.0),
    # ... a page of it, with a scheme, or a price its own posts ask, given to every question, likewise.
    (FUNNEL_BIO, [*GURU_EN, *(post(text.format(to="https://www.glowup.co/class?ref=r"), kind="reply")
                              for text in ASKED)], 0.0, 1.0),
    ([], ["L'Académie passe à 997 € jusqu'à dimanche minuit", *GURU_FR, *(post(text, kind="reply") for text in (
        "@amandine tout est expliqué dans le module 2 de l'Académie, 997 € au lieu de 1 497 €",
        "@corinne c'est le module 4 de l'Académie, 997 € jusqu'à dimanche minuit, ensuite 1 497 €",
        "@patricia tu trouveras tous les témoignages des élèves dans l'Académie, 997 € jusqu'à dimanche",
        "@marie l'Académie est à 997 euros jusqu'à minuit, paiement possible en plusieurs fois",
        "@sophie huit modules complets dans l'Académie, 997 € après la prochaine masterclass"))], 0.0, 1.0),
    # ... and so do the varied pages of its site, when none answers there.
    (FUNNEL_BIO, [*GURU_EN, *(post(text.format(to=f"glowup.co/{page}"), kind="reply") for text, page in zip(
        ASKED, ("audit", "live", "replay", "circle", "guide", "call"), strict=True))], 0.0, 1.0),
    # A scientist who links each reader to the paper asked about, on her lab's site, with a figure of its own,
    # answers there; the one page sent to several of them, or no figure beside it, answers nothing there.
    (LAB, [*GURU_EN, *(post(f"@{who} {said}: smokelab.ca/{page}", kind="reply") for who, said, page in (
        ("ana", "Our 2024 paper, same-day effects in children", "publications#ehp2024"),
        ("ben", "Any 20x20 MERV-13 filter, the brand did not matter", "diy-filter"),
        ("carla", "All 40 homes and the raw data, range 41-73%", "publications#homes"),
        ("dev", "Temperature is in every model, see table 2", "publications#models"),
        ("eli", "One MSc position for September 2027", "join"),
        ("fay", "We compared masks in 2023", "publications#masks2023")))], 6 / 11, 0.0),
    (LAB, [*GURU_EN, *(post(f"@{who} {said}: smokelab.ca/{page}", kind="reply") for who, said, page in (
        ("ana", "Our 2024 paper, same-day effects in children", "publications"),
        ("ben", "Any 20x20 MERV-13 filter, the brand did not matter", "publications"),
        ("carla", "The raw data and the preprint are on the lab's page", "data"),
        ("dev", "Every model is described in the methods", "methods"),
        ("eli", "We posted the positions on the lab's page", "join"),
        ("fay", "Masks were compared with the same protocol", "masks")))], 0.0, 1.0),
    # A doctor who gives the same study to everyone who asks for a source gives a source, not her own page.
    (SCIENTIST, [*GURU_EN, *(post(f"@{who} {said}, the trial is here: https://doi.org/10.1000/trial.2024.17",
                                  kind="reply") for who, said in (
        ("ana", "the effect held at 12 months"), ("ben", "no, the dose was the usual one"),
        ("carla", "the cohort was mostly over sixty"), ("dev", "they excluded smokers"),
        ("eli", "funding came from a public grant"), ("fay", "yes, it was replicated in Denmark")))], 6 / 11, 0.0),
    # A shop that gives its site or its price to the few who asked, among answers of other kinds, keeps its exchanges.
    (SHOP, ["Nouvelle série de bols en grès, 38 € pièce", "Atelier ouvert samedi de 10 h à 18 h", "Cuisson demain",
            "Les émaux de printemps arrivent", "Stand au marché de Noël", *(post(text, kind="reply") for text in (
                "@lise oui, 38 € le bol, et la boutique en ligne est ici : atelier-gres.example/bols",
                "@tom le bleu vient d'un émail au cobalt, cuit à 1 280 °C",
                "@nina ils passent au lave-vaisselle sans problème depuis deux ans",
                "@yann on expédie en Belgique, compte cinq jours ouvrés",
                "@zoe 38 € pièce, et on fait un prix pour un service complet",
                "@ana pas cette semaine, le four est en panne jusqu'à lundi"))], 6 / 11, 0.0),
    # An amount its own posts never ask is no destination of the account's own.
    ([], [*GURU_FR, *(post(text, kind="reply") for text in (
        "@a notre facture d'électricité a fait 420 € en janvier, le four y est pour beaucoup",
        "@b oui, 420 € aussi chez nous, le double de l'an dernier",
        "@c le fournisseur régional nous proposait 420 € mais sans engagement sur le prix",
        "@d on a isolé la réserve, ça devrait passer sous les 420 € par mois cet hiver",
        "@e merci pour le comparatif, ton tableau montre bien les 420 € de la régie"))], 5 / 10, 0.0),
]


@pytest.mark.parametrize(("profiles", "posts", "reply_share", "generic_share"), POINTER_CASES)
def test_conversation_a_pointer_by_habit_is_no_exchange(profiles, posts, reply_share, generic_share):
    result = conversation(analysed(posts, profiles=profiles))
    assert result.values == pytest.approx({"reply_share": reply_share, "generic_reply_share": generic_share})


def test_conversation_evidence_points_at_the_exchanges_and_the_empty_replies():
    posts = [
        "Our new plant in Lyon opens in May",
        post("Love this", kind="reply"),
        post("We tried the same pricing change and lost our smallest customers", kind="reply"),
        post("👏👏", kind="comment"),
        "@ana welcome to the team, your desk is by the window!",
        post(f"@x {CANNED_EN}", kind="reply"),
        post(f"@y {CANNED_EN}", kind="reply"),
    ]
    result = conversation(analysed(posts, lang="en"))
    assert [item.index for item in result.evidence["reply_share"]] == [2, 4]
    # The canned replies first: they show the habit.
    assert [item.index for item in result.evidence["generic_reply_share"]] == [5, 6, 1, 3]


@pytest.mark.parametrize("posts", [
    [],
    [post("Super article !", kind="comment")] * 4,
    ["Un", "Deux", "Trois", "Quatre", post("RT @x: Cinq", kind="repost")],
])
def test_conversation_not_measurable_with_few_posts(posts):
    result = conversation(analysed(posts))
    assert not result.measurable
    assert result.values == {}


# Properties over generated histories: a few words recombined, so that replies are sometimes alike.
WORDS = ["merci", "pour", "ton", "retour", "the", "delay", "came", "from", "customs", "devis", "demain",
         "great", "post", "super", "article", "we", "measured", "churn", "weekly", "livraison"]
TAGS = [" cc @a @b", " via @buffer", " @x @y @z", " ft. @guest", " #growth @team"]
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=9).map(" ".join)
posts_strategy = st.lists(
    st.tuples(texts, st.sampled_from(["post", "reply", "comment"]), st.sampled_from(["", "@marie ", "@paul "])),
    min_size=5, max_size=14,
).map(lambda items: [post(lead + text, kind=kind) for text, kind, lead in items])
GENUINE_WARD = ("reply_share",)
FAKE_WARD = ("generic_reply_share",)


def _values(posts):
    return conversation(analysed(posts, lang="en")).values


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(posts_strategy, st.sampled_from(TAGS), st.data())
def test_appending_mentions_to_broadcasts_never_raises_conversation(posts, tags, data):
    broadcasts = [i for i, item in enumerate(posts) if item["kind"] == "post" and not item["text"].startswith("@")]
    chosen = data.draw(st.sets(st.sampled_from(broadcasts))) if broadcasts else set()
    stuffed = [item | {"text": item["text"] + tags} if i in chosen else item for i, item in enumerate(posts)]
    before, after = _values(posts), _values(stuffed)
    for feature in GENUINE_WARD:
        assert after[feature] <= before[feature]
    for feature in FAKE_WARD:
        assert after[feature] >= before[feature]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(posts_strategy, st.data())
def test_repeating_a_reply_never_raises_conversation(posts, data):
    before = _values(posts)
    replies = [item for item in posts if item["kind"] != "post"]
    if not replies:
        return
    copy = data.draw(st.sampled_from(replies))
    handle = data.draw(st.sampled_from(["", "@someone ", "@fan42 "]))
    after = _values([*posts, copy | {"text": handle + copy["text"]}])
    for feature in GENUINE_WARD:
        assert after[feature] <= before[feature]
    for feature in FAKE_WARD:
        assert after[feature] >= before[feature]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_exchange_needs_a_few_words(lang):
    words = ["oui", "demain", "matin", "chez", "vous"] if lang == "fr" else ["yes", "tomorrow", "morning", "at", "five"]
    short, enough = " ".join(words[:MIN_EXCHANGE_WORDS - 1]), " ".join(words[:MIN_EXCHANGE_WORDS])
    fillers = GURU_FR if lang == "fr" else GURU_EN
    assert conversation(analysed([*fillers, post(short, kind="reply")], lang=lang)).values["reply_share"] == 0.0
    assert conversation(analysed([*fillers, post(enough, kind="reply")], lang=lang)).values["reply_share"] == 1 / 6


@pytest.mark.parametrize(("text", "expected"), [
    # A comment of the account's own that answers in words of its own.
    ("@liz the piece ran in print too, here is the scan", True),
    ("Fair point, it is a release, I should say so", True),
    ("@marc tout est dans la masterclass : 3 modules, 12 vidéos, 497 €", True),  # withheld, but a figure given
    # A deflection: a short move to private messages, an answer withheld for the account's group, a word or two.
    ("@lucas je t'envoie un DM 🙏", False),
    ("check your DMs 🔓", False),
    ("@em it's all in my free group, link in bio, go join everyone there", False),
    ("Merci 🙏", False),
    # A dismissal of the reader, however long.
    ("@liz les jaloux cherchent toujours le détail, les résultats parlent pour moi depuis trois ans", False),
])
def test_comment_says_something(text, expected):
    assert comment_says_something(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("@thomas les rageux ne construisent rien. Bonne continuation.", True),
    ("Haters gonna hate 🤷 DM me if you're serious about change", True),
    ("C'est de la jalousie, rien d'autre.", True),
    ("Not everyone is ready for success, and that's fine.", True),
    # Words a dismissal uses, said warmly or about something else.
    ("@karine arrête tu vas me faire pleurer 🥹❤️", False),
    ("@momof3 stop it, crying 😭", False),
    ("I'm just jealous it's not me, you earned every bit of it", False),
    ("Je suis jalouse de ton potager, il est magnifique", False),
    ("Find it so hard to stay mad at him", False),
    ("On ne débattra pas ici : les sources sont dans le commentaire épinglé.", False),
])
def test_dismisses(text, expected):
    assert dismisses(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("@lucas je t'envoie un DM 🙏", True),
    ("@ana so sorry, I've sent you a DM", True),
    ("Merci Julie, je t'écris en privé", True),
    # A real answer that also moves to private messages says something of its own.
    ("@ana the courier lost it at the Leeds depot, I've sent you a DM with the new tracking", False),
    ("@ana the parcel left on Monday", False),  # no move at all
])
def test_moves_to_private(text, expected):
    assert moves_to_private(text) is expected
