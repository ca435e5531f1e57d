import pytest

from credscore.signals.untraceable_payments import asks_for_untraceable_payment


@pytest.mark.parametrize(("text", "expected"), [
    # The scam's asks: a payment the reader is to make in crypto, gift cards, vouchers or a cash transfer.
    ("The retainer is $450, in USDT to the wallet below.", True),
    ("Envoie 450 USDT sur cette adresse wallet et je lance la procédure.", True),
    ("Les frais de dossier sont de 490 €, réglables en USDT.", True),
    ("Pour les frais de dossier, achète 3 coupons PCS de 100 € et envoie-moi les codes.", True),
    ("Buy two Steam cards of $100 and send me the numbers on the back.", True),
    ("Vous pouvez payer par Western Union, le montant est de 300 €.", True),
    # The second person as well as the imperative: "tu achètes … et tu m'envoies les codes".
    ("Tu achètes des recharges PCS ou Transcash en bureau de tabac et tu m'envoies les codes en photo.", True),
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
    # A gift card of no brand is a shop's own, unless the message names a scam's brand or the card's codes.
    ("You can buy a gift card on our website, any amount from $20.", False),
    ("Tu peux acheter une carte cadeau à la boutique, elle est valable un an.", False),
    ("Our vendor only takes Apple or Google Play gift cards, please send them today.", True),
    ("Achète 3 cartes cadeaux de 100 € et envoie-moi les codes en photo.", True),
    ("Buy the gift cards at any store, scratch the back and send me a picture.", True),
])
def test_asks_for_untraceable_payment(text, expected):
    assert asks_for_untraceable_payment(text) is expected
