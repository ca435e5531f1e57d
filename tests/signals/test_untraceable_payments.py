import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.signals.untraceable_payments import asks_for_untraceable_payment, untraceable_payments
from tests.conftest import analysed
from tests.signals.test_auto_dms import dm


@pytest.mark.parametrize(("text", "expected"), [
    # The scam's asks: a payment the reader is to make in crypto, gift cards, vouchers or a cash transfer.
    ("The retainer is $450, in USDT to the wallet below.", True),
    ("Envoie 450 USDT sur cette adresse wallet et je lance la procédure.", True),
    ("Les frais de dossier sont de 490 €, réglables en USDT.", True),
    ("Pour les frais de dossier, achète 3 coupons PCS de 100 € et envoie-moi les codes.", True),
    ("Buy two Steam cards of $100 and send me the numbers on the back.", True),
    ("Vous pouvez payer par Western Union, le montant est de 300 €.", True),
    ("Pay the release fee of $1,900 in BTC and the exchange unfreezes your funds.", True),
    # The ask may come in the sentence before or after the means.
    ("Le retainer est de 450 $. En USDT.", True),
    ("Le paiement se fait en bitcoin. Envoie-le aujourd'hui.", True),
    ("𝗦𝗲𝗻𝗱 𝟱𝟬𝟬 𝗨𝗦𝗗𝗧 now", True),  # styled letters do not hide it
    # The account speaking of what it pays or buys itself.
    ("Je paie mes freelances en USDT, c'est plus simple.", False),
    ("I bought some bitcoin in 2017 and forgot about it lol", False),
    ("I'll send you the bitcoin article tomorrow", False),
    # Talk about fees without an amount asks nothing; a figure makes what is due an ask.
    ("the fees on ETH are high right now, use Arbitrum", False),
    ("Le règlement se fait par Western Union.", False),
    # Warnings: the same words, refused or called a scam.
    ("Never pay anyone with gift cards, it's always a scam.", False),
    ("Attention : on ne vous demandera jamais de payer en carte cadeau.", False),
    ("Ne paie jamais de frais en crypto à quelqu'un qui promet de récupérer tes fonds.", False),
    # Payments a bank can trace: what freelancers and shops ask for.
    ("You can pay by card or bank transfer, invoice attached.", False),
    ("Acompte de 30 % par virement à la commande, le solde à la livraison.", False),
    ("Merci pour la carte cadeau, trop gentil !", False),
])
def test_asks_for_untraceable_payment(text, expected):
    assert asks_for_untraceable_payment(text) is expected


ASK_EN = "Hi {}, to open the freeze file the exchange needs a $450 retainer in USDT."
ASK_FR = "Bonjour {}, les frais d'étude sont de 490 €, à régler en coupons PCS."
CHAT = "Merci pour ton message, on se voit jeudi à la réunion ?"


@pytest.mark.parametrize(("messages", "expected"), [
    # Three people asked (one twice, in both languages), handles compared without case or '@'.
    ([dm(ASK_EN.format("Ann"), "ann"), dm(ASK_FR.format("Amel"), "@amel"), dm(ASK_EN.format("Amel"), "Amel"),
      dm(ASK_EN.format("Bob"), "bob", platform="instagram"), dm(CHAT, "marc")], 3.0),
    # What others ask the account is not what the account asks.
    ([dm(ASK_EN.format("Ann"), "ann", direction="received"), dm(CHAT, "ann")], 0.0),
    # A message without a counterpart is a person of its own.
    ([dm(ASK_EN.format("you"), None), dm(ASK_EN.format("you"), None, "2024-03-02T10:00:00Z")], 2.0),
])
def test_people_asked(messages, expected):
    result = untraceable_payments(analysed(["Bonne semaine à tous"], messages=messages))
    assert result.measurable
    assert result.values["people_asked"] == expected


def test_the_asking_messages_are_the_evidence():
    messages = [dm(CHAT, "marc"), dm(ASK_FR.format("Julie"), "julie")]
    result = untraceable_payments(analysed(["Bonne semaine à tous"], messages=messages))
    assert [(item.kind, item.index) for item in result.evidence["people_asked"]] == [("message", 1)]


@pytest.mark.parametrize("messages", [[], [dm(ASK_FR.format("Julie"), "julie", direction="received")]])
def test_not_measurable_without_a_sent_message(messages):
    result = untraceable_payments(analysed(["Bonne semaine à tous"], messages=messages))
    assert not result.measurable
    assert "people_asked" not in result.values


# The count is over a set of messages: their order does not matter, and an asking message added never lowers it.
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([ASK_FR, ASK_EN, CHAT]), st.sampled_from(["julie", "bob", "amel", "marc"])),
                min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_order_does_not_matter_and_an_ask_never_lowers_the_count(pairs, random):
    messages = [dm(text.format(name), name) for text, name in pairs]
    count = untraceable_payments(analysed(["Bonne semaine"], messages=messages)).values["people_asked"]
    shuffled = list(messages)
    random.shuffle(shuffled)
    assert untraceable_payments(analysed(["Bonne semaine"], messages=shuffled)).values["people_asked"] == count
    more = [*messages, dm(ASK_EN.format("Zoe"), "zoe")]
    assert untraceable_payments(analysed(["Bonne semaine"], messages=more)).values["people_asked"] == count + 1
