"""Platform sprawl: present everywhere, and promising to post everywhere.

"Vous devez être sur tous les réseaux sociaux", and "une option pour poster du contenu illimité
sur une dizaine de plateformes": a fake expert measures presence by the number of accounts and
sells volume (unlimited posts, every network, done-for-you packages). A real professional picks
the few platforms where the audience is, and adapts the content to each.

Promises are the terms of the ``platform_promises`` lexicon. Its bare count nouns (see
:data:`COUNTED_NOUNS`) are a promise only right after a number: "10 plateformes", "12 social
networks". The analysis keeps where numbers are, not their value, so "2 plateformes" counts too;
such small counts are rare in a sales pitch and the lexicon phrases carry most of the feature.
"""

from __future__ import annotations

from itertools import chain

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.signals.base import (
    EVIDENCE_PER_FEATURE,
    Evidence,
    Feature,
    SignalResult,
    message_evidence,
    not_measurable,
    post_evidence,
    profile_evidence,
    share,
    signal,
)

NAME = "platform_sprawl"
LEXICON = "platform_promises"
# Lexicon terms that are ordinary nouns ("les plateformes", "our platforms"): a promise only after a number. Plural,
# as a count is: a singular after a number is a date or an address ("le 20 janvier la plateforme de microscopie").
COUNTED_NOUNS = frozenset({"plateformes", "platforms", "réseaux", "networks"})
# The number may be this many tokens before the noun: "10 plateformes", "15+ platforms", "12 social networks",
# "10 grands réseaux".
MAX_TOKENS_FROM_NUMBER = 3


@signal(NAME, [
    Feature("platform_count", "Number of different platforms the account is on (profiles, posts, messages, follows)",
            "Nombre de plateformes différentes où le compte est présent (profils, publications, messages, "
            "abonnements)",
            towards="fake", family="broadcasting"),
    Feature("promise_share", "Share of the account's posts, sent messages and bios that promise posting on every "
            "platform or without limit", "Part des publications, messages envoyés et biographies qui promettent de "
            "publier partout ou sans limite",
            towards="fake", family="hollow_talk"),
])
def platform_sprawl(account: AnalysedAccount) -> SignalResult:
    """The number of platforms the account is on, and the share of its texts promising unlimited posting.

    The count is the plain number of distinct platform names (a plain count reads directly in a verdict:
    "present on 9 platforms"). Texts are the account's own: posts but reposts, sent messages, bios.
    Measurable whenever the account has a profile or a post; with no text of its own the share is 0.
    """
    document = account.account
    if not document.profiles and not document.posts:
        return not_measurable(NAME, "no profile and no post")
    # Each platform with its first profile, else post, else message (follows have no evidence to show).
    first_seen: dict[str, Evidence | None] = {}
    for platforms, evidence in (([profile.platform for profile in document.profiles], profile_evidence),
                                ([post.platform for post in document.posts], post_evidence),
                                ([message.platform for message in document.messages], message_evidence)):
        first_of: dict[str, int] = {}  # each name as written, at its first record: names repeat on every record
        for i, written in enumerate(platforms):
            first_of.setdefault(written, i)
        for written, i in first_of.items():
            if (name := _platform(written)) not in first_seen:
                first_seen[name] = evidence(account, i)
    for written in dict.fromkeys(follow.platform for follow in document.follows):
        first_seen.setdefault(_platform(written), None)

    texts = chain(
        ((post_evidence, i, account.posts[i]) for i, post in enumerate(document.posts) if post.kind != "repost"),
        ((message_evidence, i, account.messages[i]) for i, message in enumerate(document.messages)
         if message.direction == "sent"),
        ((profile_evidence, i, account.bios[i]) for i, profile in enumerate(document.profiles)
         if (profile.bio or "").strip()),
    )
    total, promising = 0, []
    for evidence, i, text in texts:
        total += 1
        if _promises(text):
            promising.append((evidence, i))
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "platform_count": float(len(first_seen)),
            "promise_share": share(len(promising), total) if total else 0.0,
        },
        evidence={
            "platform_count": tuple(item for item in first_seen.values() if item)[:EVIDENCE_PER_FEATURE],
            "promise_share": tuple(evidence(account, i) for evidence, i in promising[:EVIDENCE_PER_FEATURE]),
        },
    )


def _platform(name: str) -> str:
    return name.strip().lower()


def _promises(text: AnalysedText) -> bool:
    """Whether the text has a promise phrase, or a count noun right after a number."""
    for match in text.matches:
        if match.lexicon != LEXICON:
            continue
        if match.term not in COUNTED_NOUNS:
            return True
        if match.start >= 0 and any(match.start - MAX_TOKENS_FROM_NUMBER <= position < match.start
                                    for position in text.number_positions):
            return True
    return False
