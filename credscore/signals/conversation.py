"""Conversation: does the account talk with people, and say something when it does?

"On ne vend rien. On facilite. On répond aux questions": a real community manager spends much
of their time answering, addressing people by name and adding to what they say. A fake expert
broadcasts; when they do comment, it is the comment that fits any post ("Super article !",
"Great post! 🙌"), left to be seen rather than to say anything.

A reply is a post of kind ``reply`` or ``comment``, or a post whose text opens on a mention
("@marie ..."). A reply is generic when it is short and is stock praise (a term of the
``generic_praise`` lexicon) or has no words at all (emoji, a link, a mention).
"""

from __future__ import annotations

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)

NAME = "conversation"
LEXICON = "generic_praise"
REPLY_KINDS = frozenset({"reply", "comment"})
# Stock praise is a few words ("Super article !", "Totally agree with this"); a longer reply that
# praises usually goes on to say something of its own.
MAX_WORDS_OF_A_GENERIC_REPLY = 6
# Below this many posts, one reply more or less swings the shares by a fifth or more.
MIN_POSTS = 5


@signal(NAME, [
    Feature("reply_share", "Share of the account's own posts that are replies or comments",
            "Part des publications qui sont des réponses ou des commentaires"),
    Feature("addressing_share", "Share of the account's own posts that mention someone",
            "Part des publications qui mentionnent quelqu'un"),
    Feature("generic_reply_share", "Share of the account's replies that are short stock praise or emoji only",
            "Part des réponses qui sont un compliment passe-partout ou seulement des emoji"),
])
def conversation(account: AnalysedAccount) -> SignalResult:
    """Share of replies, of posts addressing someone, and of replies that are generic praise.

    Reposts are left out (someone else's words). With no reply at all, the generic share is 0.
    Not measurable with fewer than :data:`MIN_POSTS` posts of the account's own.
    """
    posts = account.account.posts
    own = [i for i, post in enumerate(posts) if post.kind != "repost"]
    if len(own) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own")
    replies = [i for i in own if posts[i].kind in REPLY_KINDS
               or (account.posts[i].mentions and posts[i].text.lstrip().startswith("@"))]
    addressing = [i for i in own if account.posts[i].mentions]
    generic = [i for i in replies if _generic(account.posts[i])]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "reply_share": share(len(replies), len(own)),
            "addressing_share": share(len(addressing), len(own)),
            "generic_reply_share": share(len(generic), len(replies)) if replies else 0.0,
        },
        evidence={
            "reply_share": cited(post_evidence, account, replies),
            "addressing_share": cited(post_evidence, account, addressing),
            "generic_reply_share": cited(post_evidence, account, generic),
        },
    )


def _generic(text: AnalysedText) -> bool:
    if len(text.words) > MAX_WORDS_OF_A_GENERIC_REPLY:
        return False
    return not text.words or any(match.lexicon == LEXICON for match in text.matches)
