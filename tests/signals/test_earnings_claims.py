import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.signals import earnings_claims as earnings_claims_module
from credscore.signals.earnings_claims import earnings_claims, makes_a_claim
from tests.conftest import analysed, post

CASES = [
    # (lang, posts, expected claim_share)
    ("en", [post("2023: burnt out PM on $68k. 2026: my AI agency does $94k a month. DM me BLUEPRINT", "threads"),
            post("my students made +312% on SOL this month while everyone else was panic selling", "tiktok"),
            post("Financial freedom isn't a dream, it's a system.", "instagram"),
            post("Shipped the new invoices page today, feedback welcome")], 3 / 4),
    ("fr", [post("Il y a 3 ans j'étais caissière. Aujourd'hui je génère 8 000 € par mois en LMNP.", "facebook"),
            post("Une de mes élèves a signé 4 500 € en 3 semaines 🥹", "instagram"),
            post("Les revenus passifs, c'est pour ceux qui osent.", "tiktok"),
            post("Visite du chantier de la rue Nationale ce matin avec le maître d'œuvre", "linkedin")], 3 / 4),
    # A financial educator warns against the dream and explains what "you" may earn; a founder shares a month's
    # revenue and costs; a consultant reports what a client's emails bring in; a volunteer call needs no experience.
    ("en", [post("Passive income is mostly a myth sold by people who sell courses on passive income."),
            post("If you earn under £12,570 you can transfer £1,260 of allowance, worth up to £252 a year."),
            post("We did €12k revenue in March, down from €14k: churn is up and hosting costs $400 a month."),
            post("The garden centre's spring catalogue emails now bring in about £9k a month."),
            post("Volunteers needed Saturday 9am to 1pm, no experience needed, sturdy shoes are.")], 0.0),
    ("fr", [post("Méfiez-vous des promesses de liberté financière en trois mois sur TikTok."),
            post("Si vous gagnez moins de 1 500 € par mois, vous avez droit au chèque énergie."),
            post("Notre loyer fait 900 € par mois, on cherche un local moins cher."),
            post("Nos étudiants en BTS ont réussi à 92 %, bravo à eux et à l'équipe.")], 0.0),
    # The network-marketing dream: a job's salary replaced, a second one from the phone. A financial educator's
    # "second income stream" is a topic, not a promise.
    ("fr", [post("Et si ces 2 h par jour te rapportaient un deuxième salaire ? Formation offerte, lien en bio."),
            post("Mes revenus de septembre ont dépassé mon ancien salaire d'infirmière, pour la 7e fois."),
            post("Balade en forêt avec les enfants, on a ramassé des châtaignes."),
            post("Le livret A reste à 2,4 % : un revenu complémentaire modeste mais sans risque.")], 2 / 4),
    ("en", [post("Three moms on my team replaced their salary this year, all from their phones."),
            post("A second paycheck while the kids nap? It's possible, ask me how."),
            post("How to think about a second income stream without quitting your job: start with your budget."),
            post("Our salary survey is out: median pay rose 3.1 % in 2026.")], 2 / 4),
    # Replies and reposts are not the feed's own posts.
    ("en", [post("I made $47k last month, DM me", kind="reply"), post("Financial freedom in 90 days", kind="repost"),
            post("New kiln is in, first firing on Monday")], 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "expected"), CASES)
def test_claim_share(lang, posts, expected):
    result = earnings_claims(analysed(posts, lang=lang))
    assert result.measurable
    assert result.values["claim_share"] == pytest.approx(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("one of my students had zero tech background and signed a $4.5k/mo client in 60 days", True),
    ("my student Marcus did $28k in his first 3 weeks", True),
    ("I quit my 9-5 in 2019", True),
    ("On fait 12k€ par mois avec la boutique depuis septembre", True),
    # Styled letters and homoglyphs do not hide the dream.
    ("𝐅𝐢𝐧𝐚𝐧𝐜𝐢𝐚𝐥 𝐟𝐫𝐞𝐞𝐝𝐨𝐦 starts with one decision", True),
    # The month the money came in is a period too.
    ("I made $94,000 last month. Here's my screen.", True),
    ("We hit $12k this month with the new funnel", True),
    ("I paid $1,200 in rent last month", False),  # what it cost
    ("I made 3 bowls a day for a month", False),  # no money
    ("We made $3k in the last 3 months, not enough to pay rent yet", False),  # about what it costs
    ("We made a 7-figure mistake last year", False),
    ("Our CFA students passed at a 78% rate this year", False),  # not "my students": a school's results
    ("New listing: 3-bed house, €245,000, viewing Saturday", False),
    ("No scam: just passive income", False),  # a warning word in the sentence: read as a warning
])
def test_makes_a_claim(text, expected):
    assert makes_a_claim(text) is expected


def test_claiming_posts_are_the_evidence():
    result = earnings_claims(analysed([
        post("Quarterly numbers: 3 new clients, margin at 31%", "linkedin"),
        post("I went from 0 to $10k months in 90 days. Here's how.", "linkedin", id="p2"),
    ], lang="en"))
    assert [(item.kind, item.index, item.id) for item in result.evidence["claim_share"]] == [("post", 1, "p2")]


def test_not_measurable_without_a_post_of_its_own():
    result = earnings_claims(analysed([post("passive income!", kind="reply"), post("$10k month", kind="repost")],
                                      lang="en"))
    assert not result.measurable


# Texts made of the words the patterns look for: the shortcut that skips posts without a figure or a dream word
# must never change an answer.
_PIECES = ["I", "my", "je", "j'ai", "made", "génère", "$", "€", "＄", "10", "4.5k", "12k", "000", "%", "+312",
           "a month", "/mo", "par mois", "days", "my students", "mes élèves", "financial", "freedom", "passive",
           "income", "revenus", "passifs", "scam", "costs", "rent", "euros", "EUR", "dollars", "leur", "heure", ".",
           "\n", "the", "Ｆｉｎａｎｃｉａｌ", "life-changing", "money", "quit", "9-5", "l'argent", "gagner de", " ", ""]


@given(st.tuples(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([" ", ""]))
       .map(lambda parts: parts[1].join(parts[0])))
def test_the_shortcut_never_changes_an_answer(text):
    claims = earnings_claims_module._claims()
    lowered = earnings_claims_module.normalise(text).lower().replace("\u2019", "'")
    every_sentence = earnings_claims_module.SENTENCE_END.split(lowered)
    assert makes_a_claim(text) is any(earnings_claims_module._sentence_claims(sentence, claims)
                                      for sentence in every_sentence)
