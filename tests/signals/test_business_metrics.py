import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from credscore.signals.business_metrics import QUANTIFIED_WINDOW, business_metrics
from tests.conftest import analysed, post

# Ten and eleven plain words with no business metric: the rest of an ordinary history.
FILLER_FR = "nous avons livré la nouvelle version du logiciel hier soir"
FILLER_EN = "we shipped the new billing page to all customers last night"
# 14 tokens ("1,8" and "%" are two), one metric ("taux de conversion"; the "conversion" inside counts once).
QUANTIFIED_FR = "le taux de conversion est passé de 1,8 % à 2,4 % ce trimestre"
# 11 tokens, one metric.
QUANTIFIED_EN = "conversion went from 1.8 % to 2.4 % after the redesign"
# 7 tokens each, one metric ("ROI"), no figure.
SLOGAN_EN = "Boost your ROI with our engagement secrets!!"
SLOGAN_FR = "Boostez votre ROI grâce à nos secrets !!"

CASES = [
    # (posts, expected mention_rate, quantified_rate, quantified_share)
    ([QUANTIFIED_FR] + [FILLER_FR] * 4, 1000 / 54, 1000 / 54, 1.0),
    ([QUANTIFIED_EN] + [FILLER_EN] * 4, 1000 / 55, 1000 / 55, 1.0),
    ([SLOGAN_EN] + [FILLER_EN] * 4, 1000 / 51, 0.0, 0.0),
    ([SLOGAN_FR] + [FILLER_FR] * 5, 1000 / 57, 0.0, 0.0),
    # Two metrics with their amounts (12 tokens: "54€" is two), one slogan.
    (["Notre panier moyen atteint 54€ et la marge brute 38 %", SLOGAN_FR] + [FILLER_FR] * 4,
     1000 * 3 / 59, 1000 * 2 / 59, 2 / 3),
    # "CA" alone and the lower-case "roi" (king) are not metrics; a figure alone is not one either.
    (["le roi de France avait 3 enfants et CA VA CARTONNER"] + [FILLER_FR] * 4, 0.0, 0.0, 0.0),
    # A hashtag is a tag, not a use of the measure.
    (["Nouvelle vidéo sur le sujet #ROI #churn"] + [FILLER_FR] * 5, 0.0, 0.0, 0.0),
    # A repost carries someone else's figures.
    ([post(QUANTIFIED_EN, kind="repost")] + [FILLER_EN] * 5, 0.0, 0.0, 0.0),
]


@pytest.mark.parametrize(("posts", "named", "quantified", "quantified_share"), CASES)
def test_business_metrics_values(posts, named, quantified, quantified_share):
    result = business_metrics(analysed(posts))
    assert result.measurable
    assert result.values["mention_rate"] == pytest.approx(named)
    assert result.values["quantified_rate"] == pytest.approx(quantified)
    assert result.values["quantified_share"] == pytest.approx(quantified_share)


def _tokens(account):
    return sum(text.tokens for text, item in zip(account.posts, account.account.posts, strict=True)
               if item.kind != "repost")


# A fake expert's boilerplate figure, pasted under every post.
BOILERPLATE_FR = "📈 ROI moyen de mes clients : +340 %"
BOILERPLATE_EN = "📈 Average client ROI: +340%"
GURU_FR = ["Les 5 erreurs à éviter sur LinkedIn", "Ma méthode en trois étapes pour vendre plus",
           "Rejoins ma formation ce soir", "Le secret des comptes qui percent", "Pourquoi ton contenu ne marche pas"]
GURU_EN = ["The 5 mistakes to avoid on LinkedIn", "My three-step method to sell more", "Join my masterclass tonight",
           "The secret of accounts that grow", "Why your content does not work"]

COUNT_CASES = [
    # (lang, posts, metrics named, distinct figures, share of the named metrics with a figure)
    # Honest figures that change over time: two different (measure, figure) pairs.
    ("fr", ["Notre taux de conversion est passé de 1,8 % à 2,4 % en mars",
            "Notre taux de conversion est passé de 2,4 % à 2,9 % en avril"] + [FILLER_FR] * 4, 2, 2, 1.0),
    ("en", ["CAC down to €42 after we cut paid social", "ROAS 4.2x on the spring campaign, churn at 2.1% in Q3",
            "NPS of 45 this quarter, up from 38"] + [FILLER_EN] * 4, 4, 4, 1.0),
    # Gaming: one boilerplate figure line under every post counts once.
    ("fr", [f"{text}\n{BOILERPLATE_FR}" for text in GURU_FR], 1, 1, 1.0),
    ("en", [f"{text}\n{BOILERPLATE_EN}" for text in GURU_EN], 1, 1, 1.0),
    # Gaming: the same (metric, figure) pair in different words is one figure.
    ("fr", ["Notre panier moyen est de 54 € ce mois-ci", "Toujours un panier moyen de 54 € chez nous",
            "Le panier moyen reste à 54 € malgré les soldes"] + [FILLER_FR] * 3, 3, 1, 1.0),
    # Numbers that count things, years and quarters are not figures of the measure.
    ("fr", ["5 erreurs qui tuent votre taux de conversion", "3 conseils pour booster votre ROI",
            "En 2024 le chiffre d'affaires compte plus que tout"] + [FILLER_FR] * 3, 3, 0, 0.0),
    ("en", ["10 hacks to double your revenue", "ROI in Q3 2024 was the topic of the day",
            "Top 7 tools to track your churn"] + [FILLER_EN] * 4, 3, 0, 0.0),
    # A figure of the next sentence does not belong to this one's measure.
    ("en", ["We finally track churn. 12% of our orders now ship the same day"] + [FILLER_EN] * 4, 1, 0, 0.0),
]


@pytest.mark.parametrize(("lang", "posts", "named", "figures", "quantified_share"), COUNT_CASES)
def test_business_metrics_counts(lang, posts, named, figures, quantified_share):
    account = analysed(posts, lang=lang)
    result = business_metrics(account)
    tokens = _tokens(account)
    assert result.values["mention_rate"] == pytest.approx(1000 * named / tokens)
    assert result.values["quantified_rate"] == pytest.approx(1000 * figures / tokens)
    assert result.values["quantified_share"] == pytest.approx(quantified_share)


@pytest.mark.parametrize(("lang", "posts"), [("fr", GURU_FR), ("en", GURU_EN)])
def test_a_figure_line_repeated_scores_below_varied_figures(lang, posts):
    line = BOILERPLATE_FR if lang == "fr" else BOILERPLATE_EN
    varied = ([f"Marge brute : {rate} % ce mois-ci" for rate in (31, 33, 34, 36, 38)] if lang == "fr"
              else [f"Gross margin: {rate}% this month" for rate in (31, 33, 34, 36, 38)])
    repeated = business_metrics(analysed([f"{text}\n{line}" for text in posts], lang=lang))
    measured = business_metrics(analysed([f"{text}\n{figure}" for text, figure in zip(posts, varied, strict=True)],
                                         lang=lang))
    assert measured.values["quantified_rate"] > 3 * repeated.values["quantified_rate"]


@pytest.mark.parametrize(("slogan", "measured"), [(SLOGAN_EN, QUANTIFIED_EN), (SLOGAN_FR, QUANTIFIED_FR)])
def test_a_measured_metric_scores_above_a_slogan(slogan, measured):
    filler = [FILLER_EN] * 5
    slogans, measures = business_metrics(analysed([slogan, *filler])), business_metrics(analysed([measured, *filler]))
    assert measures.values["quantified_share"] > slogans.values["quantified_share"]
    assert measures.values["quantified_rate"] > slogans.values["quantified_rate"]


@pytest.mark.parametrize(("text", "quantified"), [
    # The figure at the edge of the window, after and before the metric, then one token too far.
    ("ROI " + "x " * (QUANTIFIED_WINDOW - 1) + "12", True),
    ("12% " + "x " * (QUANTIFIED_WINDOW - 1) + "ROI", True),
    ("ROI " + "x " * QUANTIFIED_WINDOW + "12", False),
    ("12% " + "x " * QUANTIFIED_WINDOW + "ROI", False),
    # The window counts from both ends of a multi-word term.
    ("le taux de conversion " + "x " * (QUANTIFIED_WINDOW - 1) + "12", True),
    ("12,5 " + "x " * (QUANTIFIED_WINDOW - 1) + "taux de conversion", True),
    # A plain whole number before the measure counts things ("5 erreurs"); after it, it is its value.
    ("12 " + "x " * (QUANTIFIED_WINDOW - 1) + "ROI", False),
    # Values: amounts, decimals, magnitudes, multiples; not years, quarters or hours.
    ("CAC 42 €", True), ("ROAS 4,2", True), ("MRR 12k", True), ("ROAS x3", True),
    ("ROI 2024", False), ("ROI Q3", False), ("ROI 10h", False),
])
def test_business_metrics_quantified_window(text, quantified):
    result = business_metrics(analysed([text] + [FILLER_FR] * 5, lang="fr"))
    assert result.values["quantified_share"] == (1.0 if quantified else 0.0)


@pytest.mark.parametrize(("text", "lang", "positions"), [
    ("Le taux de conversion est passé de 1,8 % à 2,4 %", "fr", (7, 8, 10, 11)),
    ("Conversion went from 1.8% to 2.4%", "en", (3, 4, 6, 7)),
    ("Panier moyen : 54€, soit 1 200 € par mois", "fr", (3, 4, 7, 8, 9)),
    ("Boost your ROI!!", "en", ()),
])
def test_number_positions_on_figures(text, lang, positions):
    # What the quantified feature relies on: figures, percent and currency signs are token positions.
    assert analysed([text], lang=lang).posts[0].number_positions == positions


def test_business_metrics_evidence_points_at_the_posts():
    posts = [FILLER_EN, SLOGAN_EN, FILLER_EN, QUANTIFIED_EN, FILLER_EN,
             "Our churn fell to 2 % a month, and yet the acquisition side got worse as CAC doubled"]
    result = business_metrics(analysed(posts))
    assert [item.index for item in result.evidence["mention_rate"]] == [1, 3, 5]
    assert [item.index for item in result.evidence["quantified_rate"]] == [3, 5]
    # Evidence is instances of what the share counts: the posts giving a metric with its figure.
    assert [item.index for item in result.evidence["quantified_share"]] == [3, 5]
    assert result.values["quantified_share"] == pytest.approx(2 / 4)


@pytest.mark.parametrize("posts", [[], [QUANTIFIED_FR, QUANTIFIED_EN], [post(FILLER_EN, kind="repost")] * 6])
def test_business_metrics_not_measurable_on_too_little_text(posts):
    result = business_metrics(analysed(posts))
    assert not result.measurable
    assert result.values == {}
    assert result.note


# Properties over generated histories: ordinary words, some metrics and some figures, recombined.
VOCABULARY = ["nous", "avons", "livré", "la", "nouvelle", "version", "we", "shipped", "the", "page", "customers",
              "churn", "ROI", "panier moyen", "marge brute", "12 %", "4,2", "2024", "54 €", "5", "conversion", "de"]
FIGURE_LINES = [BOILERPLATE_FR, BOILERPLATE_EN, "Marge brute : 38 %", "CAC down to €42", "NPS de 45",
                "5 conseils pour votre ROI", "churn 2.1% en 2024"]
histories = st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=5, max_size=14).map(" ".join),
                     min_size=8, max_size=12)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(histories, st.sampled_from(FIGURE_LINES), st.data())
def test_repeating_a_figure_line_never_raises_the_rates(texts, line, data):
    once = [f"{texts[0]}\n{line}", *texts[1:]]
    before = business_metrics(analysed(once, lang="fr"))
    assume(before.measurable)
    again = data.draw(st.sets(st.integers(1, len(texts) - 1), min_size=1))
    as_posts = data.draw(st.booleans())
    repeated = ([*once, *([line] * len(again))] if as_posts
                else [f"{text}\n{line}" if i in again else text for i, text in enumerate(once)])
    after = business_metrics(analysed(repeated, lang="fr"))
    assert after.values["quantified_rate"] <= before.values["quantified_rate"]
    assert after.values["mention_rate"] <= before.values["mention_rate"]
