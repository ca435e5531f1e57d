import pytest

from credscore.signals.credential_requests import asks_for_credentials


@pytest.mark.parametrize(("text", "expected"), [
    # The fraud's asks: a secret or an identity number of the reader's, asked for, in French and English.
    ("Tu peux m'envoyer ton numéro de sécurité sociale et tes identifiants Mon Compte Formation ?", True),
    ("Pour bloquer ta place, nous avons besoin de ton numéro de sécu et de tes identifiants CPF.", True),
    ("Send me your password and I'll fix the account.", True),
    ("What's your login? I'll set it up for you.", True),
    ("Share your seed phrase so I can recover the wallet for you.", True),
    ("Could you send me your card number and the CVV to confirm the order?", True),
    ("Il me faut juste votre code de vérification pour finaliser l'inscription.", True),
    # The code just texted to the reader, named without a name of its own; the ask may follow in the next sentence.
    ("Tu vas recevoir un code par SMS. Envoie-le-moi dès que tu l'as.", True),
    ("Oops, I sent you a code by mistake, can you send me the code you just got?", True),
    # A reassurance in a clause of its own denies nothing that is asked.
    ("Ne t'inquiète pas, c'est sécurisé : envoie-moi juste ton numéro de sécu.", True),
    ("Tu peux m’envoyer tes identifiants ?", True),  # curly apostrophe
    ("TU PEUX M'ENVOYER TON MOT DE PASSE ?", True),
    ("𝗦𝗲𝗻𝗱 𝗺𝗲 𝘆𝗼𝘂𝗿 𝗽𝗮𝘀𝘀𝘄𝗼𝗿𝗱 please", True),  # styled letters do not hide it
    ("Envoie moi ton numero de securite sociale stp", True),  # accents and hyphen dropped
    # Warnings: the same words, denied or called a scam.
    ("Ne donnez jamais vos identifiants, même à nous.", False),
    ("We will never ask for your password.", False),
    ("Si quelqu'un te demande ton mot de passe, ne le donne pas.", False),
    ("Si quelqu'un te demande ton mot de passe, c'est une arnaque.", False),
    ("N'envoyez jamais votre code de vérification.", False),
    ("Beware: nobody from support will DM you to ask for your login.", False),
    # Passwords friends share, and what is no credential: bank details to be paid, a handle, a promo code.
    ("Tu peux me redonner le mot de passe du wifi ?", False),
    ("Tu peux m'envoyer ton mot de passe Netflix ?", False),
    ("Can you send me your wifi password, the router restarted", False),
    ("Send me your invoice and your bank details, I'll pay today.", False),
    ("C'est quoi ton identifiant Insta ?", False),
    ("Envoie-moi ton code promo !", False),
    # A code that opens nothing: a parcel's tracking code, a promo code received.
    ("Tu peux m'envoyer le code de suivi que tu as reçu par mail ?", False),
    ("Send me the promo code you got and I'll apply it to your order.", False),
    ("Tu as reçu le colis ? Envoie-moi une photo.", False),
    # A credential the account gives, not asks for, even beside a word that asks for something else.
    ("Please send a photo of the receipt here and your login will be emailed within 24h.", False),
    ("Envoie-moi le formulaire signé, tes identifiants te seront envoyés demain.", False),
    ("Send me the signed form and you'll receive your password by email.", False),
    ("Renvoie le contrat signé et je t'enverrai tes identifiants.", False),
    # ...but an ask beside a promise still asks.
    ("Here's why I need your password: the migration tool asks for it.", True),
    ("Send me your password and you'll receive your refund today.", True),
    ("Envoie-moi ton mot de passe, tu recevras ton remboursement demain.", True),
    # Advice and questions that ask for nothing.
    ("Change your password right now, you've been hacked.", False),
    ("Did you get the verification code?", False),
    ("Pense à activer la double authentification sur ton compte.", False),
    ("Merci pour ton message, voici le lien du programme.", False),
])
def test_asks_for_credentials(text, expected):
    assert asks_for_credentials(text) is expected
