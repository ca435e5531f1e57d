"""Business-metric literacy.

"Ils n'ont pas d'outils de mesures propres aux affaires (taux de conversion …)": a fake expert
counts followers and likes, and when they name a business measure it is a slogan ("boostez
votre ROI !"). Someone who has run a business names its measures (conversion rate, gross margin,
acquisition cost, churn) and, above all, gives their values: "le taux de conversion est passé
de 1,8 % à 2,4 %".

Mentions of the ``business_metrics`` lexicon are counted in the account's own posts (reposts
carry someone else's words; bios and DMs are left out: a bio's "ROI | Growth" and a DM's "+300 %
de CA" are claims, not discussion). A mention is *quantified* when a number, percentage or
amount stands within :data:`QUANTIFIED_WINDOW` tokens of it in the same text (spaCy token
positions, punctuation included: "1,8" and "%" are two tokens). A hashtag ("#ROI") has no
position and is a tag, not a use of the measure: it is not counted. A term found inside a
longer one ("conversion" in "taux de conversion") counts once. Not measurable below
:data:`MIN_TOKENS`: a rate over a handful of words is noise.
"""

from __future__ import annotations

from bisect import bisect_left

from credscore.nlp.analysis import AnalysedAccount, AnalysedText, LexiconMatch
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)

NAME = "business_metrics"
LEXICON = "business_metrics"
# Below this many tokens (a few short posts) one mention more or less swings the rates: it is noise.
MIN_TOKENS = 50
# Rates are given per this many tokens, so that they read as whole numbers.
PER_TOKENS = 1000
# A figure this close belongs to the measure: "taux de conversion est passé de 1,8 %" is 4 tokens apart,
# while the next clause's figure usually is further.
QUANTIFIED_WINDOW = 6


@signal(NAME, [
    Feature("mention_rate", "Business metrics (conversion rate, margin, acquisition cost...) named per 1,000 words "
            "of the account's own posts", "Indicateurs business (taux de conversion, marge, coût d'acquisition...) "
            "cités pour 1 000 mots des publications"),
    Feature("quantified_rate", "Business metrics given with a figure, per 1,000 words of the account's own posts",
            "Indicateurs business cités avec un chiffre, pour 1 000 mots des publications"),
    Feature("quantified_share", "Share of the business metrics named that come with a figure (0 when none is "
            "named)", "Part des indicateurs business cités qui sont accompagnés d'un chiffre (0 si aucun n'est cité)"),
])
def business_metrics(account: AnalysedAccount) -> SignalResult:
    """Business metrics named and quantified per 1,000 tokens, and the share of them quantified.

    Not measurable below :data:`MIN_TOKENS` tokens of the account's own posts. The quantified
    share is 0.0 when no metric is named; its evidence is the posts that name a metric without a
    figure, which are what lower it.
    """
    own = [i for i, post in enumerate(account.account.posts) if post.kind != "repost"]
    tokens = sum(account.posts[i].tokens for i in own)
    if tokens < MIN_TOKENS:
        return not_measurable(NAME, f"fewer than {MIN_TOKENS} words in the account's own posts")

    mentions = quantified = 0
    naming, with_figures, without_figures = [], [], []
    for i in own:
        text = account.posts[i]
        # Hashtags are left out; a term inside a longer one ("conversion" in "taux de conversion") is one mention.
        found = text.occurrences(LEXICON)
        if not found:
            continue
        figured = sum(_quantified(text, match) for match in found)
        mentions += len(found)
        quantified += figured
        naming.append(i)
        if figured:
            with_figures.append(i)
        if figured < len(found):
            without_figures.append(i)
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "mention_rate": PER_TOKENS * share(mentions, tokens),
            "quantified_rate": PER_TOKENS * share(quantified, tokens),
            "quantified_share": share(quantified, mentions) if mentions else 0.0,
        },
        evidence={
            "mention_rate": cited(post_evidence, account, naming),
            "quantified_rate": cited(post_evidence, account, with_figures),
            "quantified_share": cited(post_evidence, account, without_figures),
        },
    )


def _quantified(text: AnalysedText, match: LexiconMatch) -> bool:
    """Whether a number stands within :data:`QUANTIFIED_WINDOW` tokens before or after the match."""
    numbers = text.number_positions
    first = bisect_left(numbers, match.start - QUANTIFIED_WINDOW)
    return first < len(numbers) and numbers[first] <= match.end - 1 + QUANTIFIED_WINDOW
