"""Topic monoculture: everything the account says is about social media or marketing.

"Tout ce qu'ils partagent n'est uniquement lié qu'aux réseaux sociaux ou au marketing": a fake
expert has nothing to say about an industry, customers or a life of their own, so every post
is about followers, LinkedIn, hashtags and content marketing. A real professional talks about
social media too, but also about the business it serves and the world around it.

A post is *about* social media when it has a term of the ``social_media_topics`` lexicon, in its
words or as a hashtag (``#socialmedia``). A term right after a phrase of the ``platform_pointers`` lexicon is where
to find the account, not what it talks about: "Retrouvez-nous aussi sur Facebook", "Follow us on Instagram".
"""

from __future__ import annotations

import heapq

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.signals.base import (
    EVIDENCE_PER_FEATURE,
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)

NAME = "topic_monoculture"
LEXICON = "social_media_topics"
POINTERS = "platform_pointers"
# A post needs a few words of its own to have a topic at all; fewer ("À lire :", a link and a hashtag) is
# wordless (see link_only) and would count as "not about social media" for no reason.
MIN_WORDS_OF_A_TOPICAL_POST = 4
# Below this many posts with a topic, one post more or less swings the share by a fifth or more.
MIN_TOPICAL_POSTS = 5


@signal(NAME, [
    Feature("topic_share", "Share of the account's own posts that are about social media or marketing itself",
            "Part des publications qui parlent des réseaux sociaux ou du marketing eux-mêmes",
            towards="fake", family="hollow_talk"),
    Feature("topic_term_rate", "Social-media and marketing terms per word (hashtags included) of the account's posts",
            "Termes des réseaux sociaux et du marketing par mot (hashtags compris) dans les publications",
            towards="fake", family="hollow_talk"),
])
def topic_monoculture(account: AnalysedAccount) -> SignalResult:
    """Share of posts about social media or marketing, and the rate of such terms among their words.

    Only the account's own posts (no reposts) with at least :data:`MIN_WORDS_OF_A_TOPICAL_POST`
    words count. Not measurable with fewer than :data:`MIN_TOPICAL_POSTS` such posts.
    """
    topical = [i for i, post in enumerate(account.account.posts)
               if post.kind != "repost" and len(account.posts[i].words) >= MIN_WORDS_OF_A_TOPICAL_POST]
    if len(topical) < MIN_TOPICAL_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_TOPICAL_POSTS} posts with {MIN_WORDS_OF_A_TOPICAL_POST} "
                                    "words or more of the account's own")
    counts = {i: _topic_terms(account.posts[i]) for i in topical}
    about = [i for i in topical if counts[i]]
    words = sum(len(account.posts[i].words) + len(account.posts[i].hashtags) for i in topical)
    densest = heapq.nlargest(EVIDENCE_PER_FEATURE, about,
                             key=lambda i: (counts[i] / (len(account.posts[i].words) + len(account.posts[i].hashtags)),
                                            -i))
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "topic_share": share(len(about), len(topical)),
            "topic_term_rate": share(sum(counts.values()), words),
        },
        evidence={
            "topic_share": cited(post_evidence, account, about),
            "topic_term_rate": tuple(post_evidence(account, i) for i in densest),
        },
    )


def _topic_terms(text: AnalysedText) -> int:
    """How many topic terms the text has: one per hashtag, one per run of overlapping word matches.

    Overlapping matches ("marketing" inside "marketing digital") are one term, so that a phrase
    and the words inside it are not counted twice. A term that starts where a pointer phrase ends ("suivez-nous
    sur | Instagram") is the account's address, not a topic, and so is a platform listed after it ("Instagram et
    TikTok").
    """
    topical = [m for m in text.matches if m.lexicon == LEXICON]
    if not topical:  # most texts: no topic term, nothing to count (nor pointers to read)
        return 0
    count, covered_until = 0, -1
    pointed = {match.end for match in text.matches if match.lexicon == POINTERS and match.start >= 0}
    for match in sorted(topical, key=lambda m: (m.start, m.end)):
        if match.start in pointed:  # an address; the next platform of a list is one too ("Instagram, TikTok")
            pointed.update((match.end, match.end + 1))
            continue
        if match.start < 0:
            count += 1
        elif match.start >= covered_until:
            count += 1
            covered_until = match.end
        else:
            covered_until = max(covered_until, match.end)
    return count
