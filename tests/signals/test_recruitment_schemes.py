import pytest

from credscore.signals.recruitment_schemes import pitches_a_scheme, recruitment_schemes
from tests.conftest import analysed, post
from tests.signals.test_auto_dms import dm


@pytest.mark.parametrize(("text", "expected"), [
    # The pitch: pay to join, and the gains come from the people brought in.
    ("Le club c'est 2 497 € l'entrée. Chaque membre que tu fais entrer te rapporte 40 %.", True),
    ("C'est 500 € minimum. Pour débloquer tes gains, tu invites 2 personnes.", True),
    ("Le pack de démarrage est à 390 €. Pour rester actif, il faut parrainer 2 membres par trimestre.", True),
    ("The starter kit is $299 to join. You earn 25% on everyone you recruit.", True),
    ("Buy-in is $1,000. Withdrawals unlock once you refer three people.", True),
    ("Entry fee: 250 USD. You get paid on your whole downline, not just the people you bring in.", True),
    ("Activation fee is $299, then you earn 15% on every partner you enroll.", True),
    ("Frais d'activation : 89 €. Tu restes qualifiée pour les bonus si tu parraines une personne par mois.", True),
    ("Kit de départ à 149 €. Tu touches sur tes filleuls et sur leurs filleuls à leur tour.", True),
    # The pitch denying what it is still pitches.
    ("Ce n'est pas une pyramide ! C'est 500 € l'entrée, et chaque personne que tu fais entrer te rapporte 30 %.", True),
    ("This is not a scam. $500 to join, and 20% of every recruit's fee is yours.", True),
    # Honest programmes: nothing paid to join, a fixed bonus, a discount.
    ("Si ton ancien collègue est recruté, tu touches une prime de cooptation de 500 € après sa période d'essai.",
     False),
    ("Bring a nurse you know: if they're hired, you get a $1,500 referral bonus after 90 days.", False),
    ("L'adhésion est de 120 € par an. Parraine un ami et vous avez tous les deux 20 % de réduction.", False),
    ("Membership fee is $60 a year. Refer a friend and you both get 15% off.", False),
    ("Join our referral program for free: earn 30% on every customer you refer.", False),
    ("Droit d'entrée 25 000 €. Parrainez un futur franchisé et touchez une prime de 3 000 €.", False),
    # A member telling what she herself earns on the people she brought in offers the reader nothing.
    ("Transparence : le kit de démarrage coûte 290 €, et je touche 2 % sur les ventes des personnes que j'ai fait "
     "entrer.", False),
    ("Full disclosure: the starter kit was $199 and I earn 3% on the sales of the people I recruited.", False),
    # Paying to join without any recruiting, and recruiting without paying to join.
    ("L'inscription au stage est de 350 €, 12 places, on valide ton palier de ceinture en fin de semaine.", False),
    ("We're recruiting two interns this summer; they keep 100% of their tips.", False),
    # Warnings quoting the pitch: the reporter, the former member.
    ("Il m'a écrit : « 500 € l'entrée, chaque personne que tu fais entrer te rapporte 30 % ». C'est une pyramide.",
     False),
    ("Beware of 'masterminds': $2,000 to join and 40% on each member you recruit is a pyramid.", False),
])
def test_pitches_a_scheme(text, expected):
    assert pitches_a_scheme(text) is expected


PITCH = "Salut {} ! C'est 990 € l'entrée, et chaque membre que tu fais entrer te rapporte 40 %."
CHAT = "Merci pour ton message, on se voit jeudi à la réunion ?"


def _pitches(posts, messages=()) -> float:
    result = recruitment_schemes(analysed(posts, messages=list(messages)))
    assert result.measurable
    return result.values["pitches"]


def test_counts_the_people_pitched_and_the_posts_that_pitch():
    # Two people (one pitched twice, handles compared without case or '@'), plus one post.
    messages = [dm(PITCH.format("Julie"), "julie"), dm(PITCH.format("Julie"), "@Julie", "2024-03-02T10:00:00Z"),
                dm(PITCH.format("Bob"), "bob"), dm(CHAT, "marc")]
    posts = ["Bonne semaine à tous", "Rejoins le club : 990 € l'entrée, et chaque membre que tu fais entrer te "
             "rapporte 40 %. Écris-moi."]
    assert _pitches(posts, messages) == 3.0
    # What others send the account is not the account's pitch; a reply or a repost is not its post.
    assert _pitches(["Bonne semaine à tous", post(posts[1], kind="reply")],
                    [dm(PITCH.format("Léa"), "lea", direction="received")]) == 0.0


def test_the_evidence_is_the_pitching_messages_then_posts():
    posts = ["Bonne semaine à tous", "990 € l'entrée, et chaque membre que tu fais entrer te rapporte 40 %."]
    result = recruitment_schemes(analysed(posts, messages=[dm(CHAT, "marc"), dm(PITCH.format("Ann"), "ann")]))
    assert [(item.kind, item.index) for item in result.evidence["pitches"]] == [("message", 1), ("post", 1)]


def test_the_evidence_quotes_the_message_from_the_sentence_that_ties_gains_to_recruits():
    # What sets the scheme apart from any offer with a price, wherever the price is.
    for text in ["Merci pour ta candidature ! Le club c'est 990 € l'entrée. Chaque membre que tu fais entrer te "
                 "rapporte 40 %.",
                 "Merci ! Chaque membre que tu fais entrer te rapporte 40 %. Le club c'est 990 € l'entrée."]:
        result = recruitment_schemes(analysed(["Bonne semaine à tous"], messages=[dm(text, "ann")]))
        assert result.evidence["pitches"][0].excerpt.startswith("…Chaque membre que tu fais entrer"), text


def test_not_measurable_without_a_sent_message_or_a_post_of_its_own():
    account = analysed([post("Merci !", kind="reply")], messages=[dm(PITCH.format("Ann"), "ann",
                                                                            direction="received")])
    assert not recruitment_schemes(account).measurable
