import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.signals.auto_dms import auto_dms
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
