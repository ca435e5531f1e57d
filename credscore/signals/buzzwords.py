"""Buzzword dependence.

"Une dépendance sur les mots qui buzzent": a fake expert's goal is to "construire une
communauté", to create "engagement", to "go viral", and never says why it matters to the
business. The words sound like strategy and name no outcome. A real professional uses them too,
now and then, among words that say what happened and what it was worth.

The density counts the ``buzzwords`` lexicon per 1,000 tokens of the account's own posts
(reposts carry someone else's words) and of its profile bios: the bio is where an account
describes itself, and where a fake expert stacks its buzzwords ("Storytelling | Growth hacking
| Personal branding"); weighted by its tokens like any other text, a bio cannot outweigh a real
history. Hashtags count as tokens, and a hashtag that spells a buzzword ("#growthhacking") as a
buzzword. A term found inside a longer one ("community" in "build a community") counts once. A
buzzword inside a phrase of the ``ordinary_senses`` lexicon has its everyday meaning and is not counted:
"leur engagement auprès des familles" is a volunteer's commitment, "la communauté de communes" a town's
association, not the engagement metric or "ma communauté" of a fake expert.
Not measurable without any post of the account's own, or below :data:`MIN_TOKENS`: a rate
over a handful of words is noise.
"""

from __future__ import annotations

from credscore.nlp.analysis import AnalysedAccount, AnalysedText, hashtag_spelling
from credscore.signals.base import (
    EVIDENCE_PER_FEATURE,
    Evidence,
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    profile_evidence,
    share,
    signal,
)

NAME = "buzzwords"
LEXICON = "buzzwords"
# Phrases in which a buzzword has its everyday meaning (data/lexicons/ordinary_senses.toml).
ORDINARY_SENSES = "ordinary_senses"
# Below this many tokens (a few short posts) one buzzword more or less swings the rate: it is noise.
MIN_TOKENS = 50
# Rates are given per this many tokens, so that they read as whole numbers.
PER_TOKENS = 1000


@signal(NAME, [
    Feature("density", "Buzzwords per 1,000 words of the account's own posts and bios",
            "Mots à la mode pour 1 000 mots des publications et des bios du compte",
            towards="fake", family="hollow_talk"),
    Feature("post_share", "Share of the account's own posts with at least one buzzword",
            "Part des publications qui contiennent au moins un mot à la mode",
            towards="fake", family="hollow_talk"),
])
def buzzwords(account: AnalysedAccount) -> SignalResult:
    """Buzzwords per 1,000 tokens of posts and bios, and share of posts with a buzzword.

    Not measurable without posts of the account's own, or below :data:`MIN_TOKENS` tokens of posts and bios.
    """
    own = [i for i, post in enumerate(account.account.posts) if post.kind != "repost"]
    if not own:
        return not_measurable(NAME, "no post of the account's own")
    texts: list[tuple[str, int, AnalysedText]] = [("post", i, account.posts[i]) for i in own]
    texts += [("profile", i, bio) for i, bio in enumerate(account.bios)]
    tokens = sum(text.tokens + len(text.hashtags) for _, _, text in texts)
    if tokens < MIN_TOKENS:
        return not_measurable(NAME, f"fewer than {MIN_TOKENS} words in the account's own posts and bios")

    counts = [(kind, i, _occurrences(text)) for kind, i, text in texts]
    with_buzzwords = [i for kind, i, count in counts if kind == "post" and count]
    # The evidence of the density: the texts with the most buzzwords, in their order for equal counts.
    densest = sorted((item for item in counts if item[2]), key=lambda item: -item[2])[:EVIDENCE_PER_FEATURE]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "density": PER_TOKENS * share(sum(count for _, _, count in counts), tokens),
            "post_share": share(len(with_buzzwords), len(own)),
        },
        evidence={
            "density": tuple(_evidence(account, kind, i) for kind, i, _ in densest),
            "post_share": cited(post_evidence, account, with_buzzwords),
        },
    )


def _evidence(account: AnalysedAccount, kind: str, index: int) -> Evidence:
    return post_evidence(account, index) if kind == "post" else profile_evidence(account, index)


def _occurrences(text: AnalysedText) -> int:
    """How many buzzwords the text uses: each phrase once, each hashtag once."""
    if not text.matches:
        return 0  # most texts: no term of any lexicon, so no buzzword and no buzzword hashtag
    # One pass over the matches sorts out what is read below: most texts with a match have none of this lexicon's
    # in their words (their occurrences are not looked for) nor in their hashtags.
    # A hashtag can spell several terms ("#gamechanger": "game changer" and "game-changer"): it is one occurrence.
    tags: set[str] = set()
    ordinary: list[tuple[int, int]] = []
    in_words = False
    for match in text.matches:
        if match.lexicon == LEXICON:
            if match.start < 0:
                tags.add(hashtag_spelling(match.term))
            else:
                in_words = True
        elif match.lexicon == ORDINARY_SENSES and match.start >= 0:
            ordinary.append((match.start, match.end))
    marketing = [match for match in text.occurrences(LEXICON)
                 if not any(match.start < end and start < match.end for start, end in ordinary)] if in_words else []
    return len(marketing) + (sum(tag in tags for tag in text.hashtags) if tags else 0)
