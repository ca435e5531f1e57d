import pytest

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


@pytest.mark.parametrize(("slogan", "measured"), [(SLOGAN_EN, QUANTIFIED_EN), (SLOGAN_FR, QUANTIFIED_FR)])
def test_a_measured_metric_scores_above_a_slogan(slogan, measured):
    filler = [FILLER_EN] * 5
    slogans, measures = business_metrics(analysed([slogan, *filler])), business_metrics(analysed([measured, *filler]))
    assert measures.values["quantified_share"] > slogans.values["quantified_share"]
    assert measures.values["quantified_rate"] > slogans.values["quantified_rate"]


@pytest.mark.parametrize(("text", "quantified"), [
    # The number at the edge of the window, after and before the metric, then one token too far.
    ("ROI " + "x " * (QUANTIFIED_WINDOW - 1) + "12", True),
    ("12 " + "x " * (QUANTIFIED_WINDOW - 1) + "ROI", True),
    ("ROI " + "x " * QUANTIFIED_WINDOW + "12", False),
    ("12 " + "x " * QUANTIFIED_WINDOW + "ROI", False),
    # The window counts from both ends of a multi-word term.
    ("le taux de conversion " + "x " * (QUANTIFIED_WINDOW - 1) + "12", True),
    ("12 " + "x " * (QUANTIFIED_WINDOW - 1) + "taux de conversion", True),
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
    # The quantified share is lowered by the metrics named without a figure.
    assert [item.index for item in result.evidence["quantified_share"]] == [1, 5]
    assert result.values["quantified_share"] == pytest.approx(2 / 4)


@pytest.mark.parametrize("posts", [[], [QUANTIFIED_FR, QUANTIFIED_EN], [post(FILLER_EN, kind="repost")] * 6])
def test_business_metrics_not_measurable_on_too_little_text(posts):
    result = business_metrics(analysed(posts))
    assert not result.measurable
    assert result.values == {}
    assert result.note
