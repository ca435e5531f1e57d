import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.auto_dms import auto_dms, offers_a_price
from tests.conftest import analysed


def dm(text, counterpart, at="2024-03-01T10:00:00Z", platform="twitter", direction="sent"):
    return {"platform": platform, "created_at": at, "direction": direction, "text": text, "counterpart": counterpart}


def follow(counterpart, at="2024-03-01T10:00:00Z", platform="twitter", direction="in"):
    return {"platform": platform, "direction": direction, "counterpart": counterpart, "created_at": at}


WELCOME_FR = "Merci {} pour le follow ! Découvrez ma formation : https://bit.ly/form"
WELCOME_EN = "Hey {}, thanks for following! I help coaches grow, let me know if you want tips"
# Spintax: a greeting, a name and a thank-you picked per recipient around the same sentence.
SPUN_EN = "{} {}, {} for following! I help coaches land their first clients, tell me if you want my free guide"
SPUN_FR = ("{} {}, {} pour le follow ! J'accompagne les indépendants vers leurs premiers clients, dis-moi si tu veux "
           "mon guide offert")

CASES = [
    # (messages, follows, expected template_share, pitch_share)
    # French welcome template: the first name changes, it is not in the handles; one real conversation.
    ([dm(WELCOME_FR.format("Julie"), "jmartin", "2024-03-01T10:02:00Z"),
      dm(WELCOME_FR.format("Marc"), "m_dupont", "2024-03-01T11:00:30Z"),
      dm(WELCOME_FR.format("Sophie"), "sophie_l", "2024-03-02T08:00:00Z"),
      dm("Oui bien sûr, je t'envoie le devis corrigé demain matin", "paul")],
     [follow("jmartin", "2024-03-01T10:00:00Z"), follow("M_Dupont", "2024-03-01T11:00:00Z"),
      follow("sophie_l", "2024-03-01T08:00:00Z"), follow("claire", "2024-03-01T09:00:00Z")],
     3 / 4, 3 / 4),
    # English: mentions and links differ, the words do not; every new follower greeted.
    ([dm(WELCOME_EN.format("@anna"), "@anna", "2024-05-01T09:00:05Z", "instagram"),
      dm(WELCOME_EN.format("@bob_k"), "bob_k", "2024-05-01T09:30:40Z", "instagram")],
     [follow("anna", "2024-05-01T09:00:00Z", "instagram"), follow("@Bob_K", "2024-05-01T09:30:00Z", "instagram")],
     1.0, 0.0),
    # A two-word name is masked when the handle spells it: then the messages are the same template.
    ([dm("Thanks Julie Martin for the follow, grab your free ebook", "julie_martin"),
      dm("Thanks Bob for the follow, grab your free ebook", "bobby")],
     [], 1.0, 1.0),
    # The same texts with handles that spell nothing: a two-word name is still a name in the same template.
    ([dm("Thanks Julie Martin for the follow, grab your free ebook", "jm1"),
      dm("Thanks Bob for the follow, grab your free ebook", "b2")],
     [], 1.0, 1.0),
    # Per-recipient openers and spintax ("{Hi|Hello|Hey} {name}, {thanks|thank you} ...") keep the template.
    ([dm(SPUN_EN.format("Hi", "Anna", "thanks"), "a1"), dm(SPUN_EN.format("Hello", "Bob", "thank you"), "b2"),
      dm(SPUN_EN.format("Hey", "Carla", "thanks so much"), "c3"),
      dm("Sure, send me the spreadsheet and I will look at the margins tonight", "dan")],
     [], 3 / 4, 3 / 4),
    ([dm(SPUN_FR.format("Salut", "Julie", "merci"), "j1"),
      dm(SPUN_FR.format("Bonjour", "Marc", "un grand merci"), "m2"),
      dm(SPUN_FR.format("Hello", "Sophie", "mille mercis"), "s3")],
     [], 1.0, 1.0),
    # Real messages that share a few words are not a template.
    ([dm("Salut, j'ai vu ton dernier article sur la logistique, on en parle ?", "lea"),
      dm("Salut, tu viens au salon de Nantes la semaine prochaine ?", "max"),
      dm("Je t'envoie le devis corrigé demain matin", "paul"),
      dm("Je t'envoie la facture de mars demain", "ines")],
     [], 0.0, 0.0),
    ([dm("Thanks for the intro, I will call Sarah on Monday about the warehouse", "tom"),
      dm("Thanks for the photos, the new shelves look great in the shop", "amy")],
     [], 0.0, 0.0),
    # Short formulas repeated are not templates; a discount is a pitch even without a link.
    ([dm("Merci !", "a"), dm("Merci !", "b"), dm("Merci à toi", "c"), dm("Profite de -50% ce week-end", "d")],
     [], 0.0, 1 / 4),
    ([dm("Only today: 30% off everything in the shop", "a"), dm("See you at the meetup on Thursday then", "b")],
     [], 0.0, 1 / 2),
    # A DM too late, before the follow, on another platform or to someone else does not greet the follower.
    ([dm("Salut, j'ai vu ton dernier article sur la logistique, on en parle ?", "lea", "2024-03-01T10:30:00Z"),
      dm("Bienvenue, ravi de te compter parmi nous sur ce réseau", "hugo", "2024-03-01T09:59:00Z"),
      dm("Bienvenue, ravi de vous compter parmi nous sur ce réseau", "zoe", "2024-03-01T10:01:00Z", "linkedin"),
      dm("Tu viens au salon de Nantes la semaine prochaine ?", "max", "2024-03-01T10:01:00Z")],
     [follow("lea"), follow("hugo"), follow("zoe"), follow("nina"),
      follow("max", direction="out"), follow("max", platform="twitter") | {"created_at": None}],
     2 / 4, 0.0),
    # The coaching funnel's call to a call is a pitch, with no link and no price: a free audit, the last seat,
    # "reply YES"; a friend's "on s'appelle ?" or a shop's opening hours are not.
    ([dm("Je t'offre 30 minutes d'audit de ton profil, réponds OUI pour réserver ta place", "a"),
      dm("Il me reste une place dans mon accompagnement de rentrée, on en parle ?", "b"),
      dm("Super soirée hier, on s'appelle cette semaine ?", "c"),
      dm("La boutique est ouverte du mardi au samedi, à bientôt !", "d")],
     [], 0.0, 2 / 4),
    ([dm("Thanks for connecting! I have one spot left this month, reply YES and I'll send my calendar", "a"),
      dm("Happy to hop on a call to walk you through a free audit of your profile", "b"),
      dm("Sure, I'll send you the spreadsheet tonight", "c")],
     [], 0.0, 2 / 3),
    # A message written afresh for each follower still carries the offer: a strategy call, a few spots in a programme,
    # the details to send; a question about the follower's work with nothing offered is no pitch.
    ([dm("Great to have you here, Daniel! I'm opening a couple of free 20-minute strategy calls this week", "a"),
      dm("Hey Chloe, travel content is so fun. I've got a few spots in my accelerator, want the details?", "b"),
      dm("Hi Sam, how is the new studio going? I loved the photos of the opening", "c")],
     [], 0.0, 2 / 3),
    ([dm("Bienvenue Léa ! Je propose une séance découverte gratuite aux indépendantes, ça te tente ?", "a"),
      dm("Merci Hugo pour l'abonnement, il reste quelques places dans mon mastermind, je t'envoie les infos ?", "b"),
      dm("Coucou Inès, ton atelier de céramique a l'air génial, tu exposes où ?", "c")],
     [], 0.0, 2 / 3),
    # Received messages are not the account's: only the sent one counts.
    ([dm("Découvrez ma formation, offre spéciale", "x", direction="received"),
      dm("Découvrez ma formation, offre spéciale", "y", direction="received"),
      dm("Merci pour ton message, je regarde ça ce soir", "x")],
     [], 0.0, 0.0),
]


@pytest.mark.parametrize(("messages", "follows", "templated", "pitched"), CASES)
def test_auto_dms_values(messages, follows, templated, pitched):
    result = auto_dms(analysed([], messages=messages, follows=follows))
    assert result.measurable
    assert result.values["template_share"] == pytest.approx(templated)
    assert result.values["pitch_share"] == pytest.approx(pitched)


def test_auto_dms_evidence_points_at_the_messages():
    messages = [
        dm("Je reviens vers toi au sujet du devis pour la boutique", "paul", "2024-03-01T09:00:00Z"),
        dm("Salut Julie, merci pour le follow ! Réservez un appel ici", "jm", "2024-03-01T10:03:00Z"),
        dm("Merci pour les photos du salon, elles sont superbes", "paul", "2024-03-01T10:05:00Z", direction="received"),
        dm("Salut Marc, merci pour le follow ! Réservez un appel ici", "md", "2024-03-01T12:01:00Z"),
    ]
    result = auto_dms(analysed([], messages=messages, follows=[follow("jm"), follow("md", "2024-03-01T12:00:00Z")]))
    assert [item.index for item in result.evidence["template_share"]] == [1, 3]
    assert [item.index for item in result.evidence["pitch_share"]] == [1, 3]
    assert all(item.kind == "message" for items in result.evidence.values() for item in items)


def test_auto_dms_evidence_is_capped():
    messages = [dm(WELCOME_FR.format(name), name.lower()) for name in ("Ana", "Bea", "Cyril", "Dan", "Eva", "Fred")]
    result = auto_dms(analysed([], messages=messages))
    assert result.values["template_share"] == 1.0
    assert [item.index for item in result.evidence["template_share"]] == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("messages", [[], [dm("Bonjour, votre offre m'intéresse", "shop", direction="received")]])
def test_auto_dms_not_measurable_without_sent_messages(messages):
    result = auto_dms(analysed(["Un post sans rapport"], messages=messages, follows=[follow("a")]))
    assert not result.measurable
    assert result.values == {}
    assert result.note


SENTENCES = ["Merci pour le follow, découvre ma formation offerte", "Thanks for following, grab my free guide",
             "Je t'envoie le devis corrigé demain matin", "See you at the meetup on Thursday then",
             "Hi there, thanks for connecting with me here", "Oui, il en reste deux en boutique"]
dms = st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(["", "Julie ", "Hey Marc, ", "Bonjour Léa, "]),
                         st.sampled_from(["a", "b", "c", "julie", "marc"])), min_size=1, max_size=10)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(dms, st.data())
def test_sending_a_message_again_never_lowers_the_template_share(items, data):
    messages = [dm(opener + text, to) for text, opener, to in items]
    before = auto_dms(analysed([], messages=messages)).values["template_share"]
    again = data.draw(st.sampled_from(messages))
    after = auto_dms(analysed([], messages=[*messages, again | {"counterpart": "newcomer"}])).values["template_share"]
    assert after >= before


# --- A price offered, with no link -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "offered"), [
    # The coach's DM to every new follower: a price, a struck price, seats running out, a call to reserve.
    ("Mon programme Mindset 90 jours est à 497 € au lieu de 997 €, il me reste 3 places, je te la réserve ?", True),
    ("Le Mindset 90 jours est à 497€. Je te la réserve ?", True),
    ("Le Mindset 90 jours est à 497 € au lieu de 997 €", True),
    ("Tarif de lancement : 97 $ au lieu de 197 $", True),
    ("Le coaching c'est 1 997 euros, payable en 3 fois sans frais", True),
    ("Paiement en 3 fois sans frais possible !", True),
    ("Accès complet à vie : 3x 166 €", True),
    ("Il me reste 2 places à 297 € pour la cohorte de mars", True),
    ("Formation Instagram : seulement 47 € jusqu'à dimanche", True),
    ("Masterclass à 49.99 USD, réserve ta place", True),
    ("ʟᴇ ᴘʀᴏɢʀᴀᴍᴍᴇ est à 497 €, je te la réserve ?", True),
    ("Only €497 for the full 12 weeks, want in?", True),
    ("Programme complet : seulement 497 €, on en parle ?", True),
    ("Le stage ? For only $49 you get the whole weekend", True),
    ("The accelerator is $1,997 or 3 monthly payments of $697", True),
    ("Join the mastermind for £49 this week", True),
    ("It's payable in 3 instalments, and I can hold a spot for you", True),
    ("My day rate is 450 €, let me know if you need a designer for your launch", True),
    ("Hey Sam! 2 spots left in the January cohort at 97 $", True),
    # Plain speech about money: spent, owed, shared, a cost of living; a purchase told; a price asked for.
    ("the concert was 45 € each, I paid yours", False),
    ("can you pay me back the 20 €?", False),
    ("rent is 900 € now", False),
    ("Le loyer passe à 900 € en janvier", False),
    ("my day rate is 450 €, as discussed", False),
    ("Voici le devis comme convenu : 1 200 € HT", False),
    ("J'ai payé 30 € au lieu de 50 € pour les places, trop content", False),
    ("I bought the course for $497 and it was a scam", False),
    ("J'ai acheté le programme à 497 €, c'est une arnaque", False),
    ("Of course, 20 € is fine, see you Friday", False),
    # "Only" in the middle of a sentence is plain speech; opening it before a price, an offer (above).
    ("I fear only 5,000 euros won't cover the move, we'll see what the program pays", False),
    ("Tickets are only 15 € if you want to come along", False),
    ("Le concert était à 45 €, on se retrouve à 20h ?", False),
    ("Il me reste 20 € sur mon compte jusqu'à vendredi", False),
    ("Rdv à 19h30 au bar, j'ai 3 places pour le match", False),
    ("Pouvez-vous me rembourser les 12,50 € du taxi ?", False),
    ("Mon programme de la semaine : salle de sport lundi, piscine jeudi", False),
    ("My program starts Monday at 9, see you there", False),
])
def test_offers_a_price(text, offered):
    assert offers_a_price(text) is offered


COACH = "Mon programme Mindset 90 jours est à 497 € au lieu de 997 €, il me reste 3 places, je te la réserve ?"
# Without the lexicon's "mon programme": only the price reads it as a pitch.
COACH_NO_TERM = "Le Mindset 90 jours est à 497 € au lieu de 997 €, il me reste 3 places, je te la réserve ?"
GURU_EN = "Hey {}! The 12-week accelerator is only $1,997 (or 3x $697), shall I hold a spot for you?"

PRICE_CASES = [
    # (messages, expected pitch_share)
    # Sent to every new follower, unasked, no link: every one is a pitch.
    ([dm(COACH_NO_TERM, name, f"2024-03-0{day}T10:00:00Z", "instagram") for day, name in enumerate("abc", 1)], 1.0),
    ([dm(GURU_EN.format(name), name, "2024-03-01T10:00:00Z") for name in ("ann", "bob")]
     + [dm("See you at the meetup on Thursday then", "dan")], 2 / 3),
    # A freelancer answers the client who asked for a quote the day before: an answer, not a pitch.
    ([dm("Bonjour, quel serait votre tarif pour deux jours de shooting en avril ?", "atelier_b",
         "2024-03-01T09:00:00Z", direction="received"),
      dm("Bonjour ! Mon tarif journalier est de 450 €, donc 900 € HT pour les deux jours", "atelier_b",
         "2024-03-02T08:00:00Z"),
      dm("Hi! What would you charge for a logo and a one-page site?", "@Corner_Cafe", "2024-03-05T09:00:00Z",
         direction="received"),
      dm("For a logo and a one-page site my price is $1,200, two weeks of work", "corner_cafe",
         "2024-03-05T15:00:00Z")], 0.0),
    # The same rate sent to someone who never wrote, or weeks after they last did: unasked.
    ([dm("Bonjour ! Mon tarif journalier est de 450 €, donc 900 € HT pour les deux jours", "atelier_b",
         "2024-03-02T08:00:00Z"),
      dm("Hi! Thanks for asking about the festival, see you there", "corner_cafe", "2024-01-05T09:00:00Z",
         direction="received"),
      dm("For a logo and a one-page site my price is $1,200, two weeks of work", "corner_cafe",
         "2024-03-05T15:00:00Z")], 2 / 2),
    # The funnel: a pitch first, the follower answers "OUI", the price follows: both are pitches.
    ([dm("Je t'offre 30 minutes d'audit de ton profil, réponds OUI pour réserver ta place", "lea",
         "2024-03-01T10:00:00Z"),
      dm("OUI", "lea", "2024-03-01T12:00:00Z", direction="received"),
      dm(COACH_NO_TERM, "lea", "2024-03-01T12:05:00Z")], 2 / 2),
    # A client who asks again is answered again.
    ([dm("Quel est votre tarif pour une séance photo ?", "max", "2024-01-10T09:00:00Z", direction="received"),
      dm("Ma séance est à 180 €, retouches comprises", "max", "2024-01-10T18:00:00Z"),
      dm("Et pour une séance en extérieur en mai ?", "max", "2024-04-02T09:00:00Z", direction="received"),
      dm("Ma séance est à 220 € en extérieur, déplacement compris", "max", "2024-04-02T11:00:00Z")], 0.0),
    # Friends talk about money every day: no pitch.
    ([dm("the concert was 45 € each, I paid yours", "zoe"), dm("can you pay me back the 20 €?", "tom"),
      dm("rent is 900 € now", "sam"), dm("Le loyer passe à 900 € en janvier", "ines")], 0.0),
]


@pytest.mark.parametrize(("messages", "pitched"), PRICE_CASES)
def test_a_price_offered_unasked_is_a_pitch(messages, pitched):
    result = auto_dms(analysed([], messages=messages))
    assert result.values["pitch_share"] == pytest.approx(pitched)


def test_the_coachs_dm_is_a_pitch_and_quoted():
    messages = [dm(COACH, "jmartin", "2024-03-01T10:02:00Z", "instagram"),
                dm("Merci pour les photos du salon, elles sont superbes", "paul", "2024-03-01T11:00:00Z", "instagram")]
    result = auto_dms(analysed([], messages=messages))
    assert result.values["pitch_share"] == 1 / 2
    assert [item.index for item in result.evidence["pitch_share"]] == [0]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from([COACH_NO_TERM, "rent is 900 € now", "Je t'envoie le devis corrigé demain",
                                           "the concert was 45 € each, I paid yours", GURU_EN.format("you")]),
                          st.sampled_from(["a", "b", "c"]), st.integers(0, 40)), min_size=1, max_size=8),
       st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 40))
def test_a_message_received_never_makes_a_price_more_of_a_pitch(items, sender, day):
    # What others write can turn an offer into an answer, never an answer into a pitch.
    messages = [dm(text, to, f"2024-03-{1 + at % 28:02d}T10:{at:02d}:00Z") for text, to, at in items]
    before = auto_dms(analysed([], messages=messages)).values["pitch_share"]
    received = dm("Combien coûte ton programme ?", sender, f"2024-03-{1 + day % 28:02d}T09:00:00Z",
                  direction="received")
    after = auto_dms(analysed([], messages=[*messages, received])).values["pitch_share"]
    assert after <= before
