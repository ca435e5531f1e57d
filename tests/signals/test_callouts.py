import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.signals.callouts import callouts, is_callout, is_complaint
from tests.conftest import analysed, post


@pytest.mark.parametrize(("text", "expected"), [
    # Contests of what the author shows or claims, in English and French.
    ("This is a paid press release syndicated through a wire service, not a Yahoo article.", True),
    ("Forbes Councils is a paid membership. It's not Forbes editorial.", True),
    ("These 'Top 10' lists are sold as a package, $495 for a spot.", True),
    ("What was the company? Genuinely curious, can't find it anywhere", True),
    ("This is a quote from a 2014 Inc. article, you could credit it", True),
    ("Which business did you build exactly? Your bio says 2 exits", True),  # "exactly" further on is no agreement
    ("La photo de « Sandrine » est une photo de banque d'images.", True),
    ("« 0 € de reste à charge », c'est faux.", True),
    ("Je ne trouve aucun nom de formatrice sur le site.", True),
    ("C'est exactement le discours des arnaques au CPF signalées par la DGCCRF.", True),
    ("Offrir un cadeau pour une inscription est interdit depuis 2022.", True),
    ("Honestly this is a scam.", True),  # a scam named and pointed at the post
    ("𝗧𝗵𝗶𝘀 𝗶𝘀 𝗮 𝘀𝘁𝗼𝗰𝗸 𝗽𝗵𝗼𝘁𝗼", True),  # styled letters do not hide it
    # A customer who paid and got nothing: the money asked back, others told not to pay.
    ("Paid in May, blocked when I asked for my money back. Please nobody else pay him.", True),
    ("Toujours rien reçu trois mois après le paiement. Remboursez-moi.", True),
    ("Ne payez pas les frais de dossier, la Région n'en demande aucun.", True),
    ("Elle a payé 1 390 € pour ça. Rendez-lui son argent.", True),  # for someone else
    # A public record or source checked, figures that do not add up, the person quoted or pictured denying it.
    ("Just checked Companies House: incorporated in August, one director, a mail-forwarding address.", True),
    ("Aucune de ces pubs dans la bibliothèque publicitaire de Meta, ni pour toi ni pour ta marque.", True),
    ("That's me in the video, from Pexels. I have never worked for you.", True),
    ("84 000 € la première année, puis 1,2 M€, puis 380 000 €. Lequel est vrai ?", True),
    ("Twelve years at L'Oréal and launched at 24? That doesn't add up.", True),
    ("Je suis la cliente citée. Je n'ai jamais écrit ça.", True),
    ("Chargeback filed with my bank, nothing was ever delivered.", True),
    ("Cinq mois que j'attends mon remboursement, et tu ne réponds jamais.", True),
    # A claim's source asked for, a credential or an institution that does not exist, a client or an employer
    # named saying they never were.
    ("Where is that figure from? I teach physiology and nothing in the literature comes close.", True),
    ("D'où viennent ces chiffres ? Sur quel échantillon ?", True),
    ("The accrediting board you cite does not exist, I checked with the ministry.", True),
    ("Nous n'avons jamais été clients de ce cabinet. Retirez notre logo, merci.", True),
    ("HR at Norvel here: he has never been employed by us.", True),
    ("Reconnue par qui, cette formation ? Elle n'est dans aucun registre.", True),
    # A stock site or a register's mirror named bare contests nothing: a photographer's readers find her photos
    # there, an accountant's look companies up.
    ("Love this shot, is it the one you put on Unsplash?", False),
    ("Et sur Pappers, ça donne quoi pour une SAS ?", False),
    ("Got my refund within a week, thanks for sorting it", False),  # a refund received is no complaint
    ("Love the shade of this mascara, which one is it exactly?", False),  # a product asked for, not a claim
    ("Je n'ai rien compris au dernier tuto, tu peux refaire la partie 2 ?", False),
    # Not contests: praise, questions, a reader's story or agreement, an insult anyone gets, plain disagreement.
    ("So deserved queen 👑", False),
    ("Wow! How did you get into Forbes?", False),
    ("Merci, j'ai failli me faire avoir par une arnaque pareille l'an dernier.", False),
    ("So true, this is how the scam works.", False),
    ("100% agree with the ghosts thing, I bought followers once and regretted it", False),
    ("I got scammed by a course like that in 2021, never again.", False),  # no pointer at the post
    ("You're a liar and a clown.", False),  # insults are left out: trolls throw them at anyone
    ("I don't think so, retention matters more than reach.", False),
    ("Bravo pour ce lancement, hâte de lire la suite !", False),
    # A reader asking for a study to read more, or a client who confirms.
    ("Any study you'd recommend on this? I'd love to read more.", False),
    ("Client here, I confirm the figures, it went even better in spring.", False),
])
def test_is_callout(text, expected):
    assert is_callout(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Still waiting for my refund, ordered in May", True),
    ("Toujours pas remboursée. 6 mois.", True),
    ("Chargeback requested, nothing was ever delivered.", True),
    # A contest of a claim, alone or beside a complaint, is no mere complaint.
    ("Still no refund, and the testimonial's face is a stock photo.", False),
    ("84 000 € la première année, puis 1,2 M€. Lequel est vrai ?", False),
    ("So proud of you!", False),  # no callout at all
])
def test_is_complaint(text, expected):
    assert is_complaint(text) is expected


def comment(text, author, **fields):
    return {"text": text, "author": author, **fields}


PROFILE = [{"platform": "instagram", "handle": "coach.mira"}]
PAID = "This is a paid press release, not an article."
STOCK = "The testimonial's face is a stock photo."
FALSE = "Not true: there is a 100 € fee since 2024, c'est faux."
PRAISE = "So proud of you!"
PRICED = ["@liz c'est le module 4 de l'Académie, 997 € jusqu'à dimanche", "@em les témoignages sont dans l'Académie, "
          "997 € jusqu'à dimanche", "@jo l'Académie est à 997 € jusqu'à minuit, paiement en plusieurs fois",
          "@ana huit modules complets, 997 € après la masterclass", "@bea oui, la formule premium, et 997 € pour "
          "l'Académie seule"]


def feed(*comment_lists, replies=()):
    posts = [post(f"New feature {n}: how I work with founders on positioning", "instagram",
                  comments=list(comments)) for n, comments in enumerate(comment_lists)]
    return [*posts, *(post(text, "instagram", kind="reply") for text in replies)]


@pytest.mark.parametrize(("posts", "expected_posts", "expected_readers"), [
    # Three posts called out by two readers, none answered (the fourth post has no comment).
    (feed([comment(PAID, "liz"), comment(PRAISE, "bree")], [comment(STOCK, "em")], [comment(PAID, "@Liz")], []),
     3, 2),
    # The account answered Liz (a reply mentioning her): only Em's callout is left standing.
    (feed([comment(PAID, "liz")], [comment(STOCK, "em")], [comment(PAID, "liz")],
          replies=["@liz the piece ran in print too, here is the scan: https://example.org/scan"]), 1, 1),
    # An answer of its own under the post, in the comments: that post's callouts are answered.
    (feed([comment(PAID, "liz"), comment("Fair point, it is a release, I should say so", "coach.mira")],
          [comment(FALSE, "em")]), 1, 1),
    # A reply that only seems to answer answers nobody: the same deflection to every critic, a short move to DMs.
    (feed([comment(PAID, "liz")], [comment(STOCK, "em")], [comment(FALSE, "jo")],
          replies=["@liz je t'envoie un DM 🙏", "@em je t'envoie un DM 🙏", "@jo check your DMs"]), 3, 3),
    (feed([comment(PAID, "liz"), comment("je t'envoie un DM 🙏", "coach.mira")],
          [comment(STOCK, "em"), comment("je t'envoie un DM 🙏", "coach.mira")]), 2, 2),
    # A complaint about an order or a refund may rightly go to private messages: the shop's "sent you a DM" to each
    # customer answers them; the same reply to a contest of a claim does not.
    (feed([comment("Still waiting for my refund, ordered in May", "ana")],
          [comment("Toujours pas remboursée, la commande n'est jamais arrivée", "bea")],
          [comment("Chargeback requested, nothing ever came", "cy")],
          replies=["@ana so sorry, I've sent you a DM", "@bea so sorry, I've sent you a DM",
                   "@cy so sorry, I've sent you a DM"]), 0, 0),
    (feed([comment("Still waiting for my refund, ordered in May", "ana")], [comment(STOCK, "bea")],
          replies=["@ana so sorry, I've sent you a DM", "@bea so sorry, I've sent you a DM"]), 1, 1),
    # ...while a real answer, even beside a deflection sent to others, answers its reader.
    (feed([comment(PAID, "liz")], [comment(STOCK, "em")], [comment(FALSE, "jo")],
          replies=["@liz je t'envoie un DM 🙏", "@em je t'envoie un DM 🙏",
                   "@jo the fee was dropped in 2025, the decree is linked in my bio"]), 2, 2),
    # The account's own price given to every reader, whatever each asked, answers none of them; the same replies
    # without the price it asks in its posts would be answers.
    ([post("L'Académie est à 997 € jusqu'à dimanche minuit", "instagram"),
      *feed([comment(PAID, "liz")], [comment(STOCK, "em")], [comment(FALSE, "jo")], replies=PRICED)], 3, 3),
    (feed([comment(PAID, "liz")], [comment(STOCK, "em")], [comment(FALSE, "jo")], replies=PRICED), 0, 0),
    # A critic brushed off as jealous or a "rageux" got no answer, in a reply or in a comment under the post.
    (feed([comment(PAID, "liz")], [comment(STOCK, "em")],
          replies=["@liz les rageux ne construisent rien, pendant ce temps mes clients signent. Bonne continuation.",
                   "@em you're just jealous that my launch sold out in two days, keep scrolling"]), 2, 2),
    (feed([comment(PAID, "liz"), comment("Haters gonna hate, my results speak for themselves every single month",
                                         "coach.mira")]), 1, 1),
    # Praise only: nothing to answer.
    (feed([comment(PRAISE, "bree")], [comment(PRAISE, "lina")]), 0, 0),
    # A consumer association warns against scams: its readers' "c'est une arnaque" discusses the scam the post is
    # about, not the post; a phrase of their own ("c'est faux") still contests it.
    ([post(f"Attention à cette arnaque au colis n°{n} : ne cliquez pas sur le lien du SMS", "facebook",
           comments=[comment("C'est une arnaque, j'ai reçu le même SMS hier", "lea"),
                     comment("Encore une arnaque, merci de prévenir", "marc")]) for n in range(3)], 0, 0),
    ([post("Attention à cette arnaque au colis : ne cliquez pas sur le lien", "facebook",
           comments=[comment("C'est faux, ce SMS vient bien de La Poste", "lea")])], 1, 1),
])
def test_unanswered_callouts(posts, expected_posts, expected_readers):
    result = callouts(analysed(posts, profiles=PROFILE))
    assert result.measurable
    assert result.values["unanswered_posts"] == expected_posts
    assert result.values["unanswered_readers"] == expected_readers
    commented = sum(1 for document in posts if document.get("kind", "post") == "post" and document.get("comments"))
    assert result.values["unanswered_share"] == pytest.approx(expected_posts / commented)


def test_a_few_contests_among_many_commented_posts_are_a_small_share():
    # A large account: thirty commented posts, three with a stranger's unanswered "not true".
    praised = [[comment(PRAISE, f"fan{n}")] for n in range(27)]
    contested = [[comment(FALSE, "troll1")], [comment(FALSE, "troll2")], [comment(FALSE, "troll1")]]
    result = callouts(analysed(feed(*praised, *contested), profiles=PROFILE))
    assert result.values["unanswered_posts"] == 3
    assert result.values["unanswered_share"] == pytest.approx(0.1)


def test_the_callouts_are_the_evidence():
    result = callouts(analysed(feed([comment(PRAISE, "bree"), comment(PAID, "liz")], [comment(PRAISE, "lina")]),
                               profiles=PROFILE))
    assert [(item.kind, item.index, item.comment) for item in result.evidence["unanswered_posts"]] == [
        ("comment", 0, 1)]
    assert result.evidence["unanswered_posts"][0].excerpt.startswith("@liz: ")


@pytest.mark.parametrize("posts", [
    feed([], []),
    # Comments without their authors (most sources), and comments under replies or reposts, are not read.
    feed([{"text": PAID}], [{"text": STOCK}]),
    [post("@liz thanks", "instagram", kind="reply", comments=[comment(PAID, "em")])],
])
def test_not_measurable_without_a_readers_comment_with_its_author(posts):
    result = callouts(analysed(posts, profiles=PROFILE))
    assert not result.measurable


# Counts over sets: the order of the posts does not matter, and a callout added under a new post never lowers them.
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([PAID, STOCK, FALSE, PRAISE]), st.sampled_from(["liz", "em", "bree"])),
                min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_order_does_not_matter_and_a_callout_never_lowers_the_counts(pairs, random):
    posts = feed(*([comment(text, author)] for text, author in pairs))

    def counts(documents):
        values = callouts(analysed(documents, profiles=PROFILE)).values
        return values["unanswered_posts"], values["unanswered_readers"]

    before = counts(posts)
    shuffled = list(posts)
    random.shuffle(shuffled)
    assert counts(shuffled) == before
    more = counts([*posts, *feed([comment(STOCK, "zoe")])])
    assert more[0] == before[0] + 1 and more[1] == before[1] + 1
