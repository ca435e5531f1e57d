"""Callouts: readers contest the account under its posts, and it never answers them.

The fake experts who dodge every posting mechanic are still read by people who know the trade, and some of those
say so under the posts: the "as featured in Yahoo Finance" is a paid press release, the Forbes page a paid council
membership, the award costs $1,250 per entry, the testimonial's face is a stock photo, nobody can find the company
the guru says he sold, the quote is from a 2014 article, a gift for a CPF sign-up is illegal. A real professional
answers a reader who contests a claim (with the source, the client's name, a correction) or at least some of them;
the fake answers the praise and the questions that lead to the offer, and lets every callout stand. What others write
is hearsay, and trolls contest anyone: the measure keeps to contests of facts (not insults), counts only those the
account left unanswered, and the rule that reads it can hold an account out of ``likely_genuine``, never accuse it.

A comment under one of the account's own posts (see :func:`~credscore.signals.base.pushed_posts`), by someone other
than the account, is a *callout* when, read after :func:`~credscore.nlp.normalise.normalise`, lower case, accents
aside, it holds a phrase of ``[contexts.contests]`` ("paid press release", "stock photo", "c'est faux", "which
company", "je ne trouve aucun", "qualiopi"; a public record checked: "Companies House", "bibliothèque publicitaire";
figures that do not add up: "lequel est vrai", "doesn't add up"; the person quoted denying it: "je n'ai jamais
écrit"), or of ``[contexts.complaints]`` ("still waiting for my refund", "toujours pas remboursée"), or names a scam
(``[contexts.accusations]``: "arnaque", "pyramid scheme") pointed at the post (``[contexts.pointers]``: "c'est une
arnaque", "this is a scam"); and it neither thanks nor agrees: it does not open on a word of
``[contexts.agreements]`` ("Merci, j'ai failli me faire avoir par une arnaque pareille", "So true, this is how the
scam works"; further on, "exactly" is an adverb: "Which business did you build exactly?", "C'est exactement le
discours des arnaques"). A phrase the post itself holds is its subject, not a contest of it: under a consumer
association's "Attention à cette arnaque au colis", a reader's "c'est une arnaque, j'ai reçu le même SMS" discusses
the scam; a comment counts when it contests with a phrase of its own.

A callout is *answered* when the account replied to its author: a post of the account's that opens on or mentions
their handle ("@tk_bootstrapped the company was …"), or a comment of the account's own (by one of its profiles'
handles) under the same post, or mentioning them anywhere. Handles are compared without case and without
the leading '@'. A reply that only seems to answer answers nobody: one that says nothing of its own by the measures of
:mod:`~credscore.signals.conversation` (the same reply to several people, "je t'envoie un DM 🙏" to every critic,
"check your DMs", the answer withheld for the account's group, the account's own page or price given to every
critic, the critic brushed off as a "rageux" or a "hater"), nor
a comment of the account's that does the same.
One exception: a *complaint* (``[contexts.complaints]``: "still waiting for my refund", "toujours pas remboursée")
is answered by a reply that moves it to private messages, however often the account sends it: an order's or a
payment's details are no one else's business, and a shop says "so sorry, I've sent you a DM" to each customer. A
contest of a claim (a stock photo, figures that do not add up, a company nowhere to be found) is answered in public
or not at all.

Two counts, because the rule needs a pattern, not one troll: the account's posts with a callout it left unanswered,
and the distinct readers behind those callouts; and their share of the account's posts that readers commented, because
a large account gathers a few contests from strangers whatever it does (a creator with two hundred commented posts and
three unanswered "not true" is not contested, an account whose every fourth post is). Not measurable when no comment
under the account's own posts has an author (most sources give none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import any_written, fold, load_lexicons, whole_words
from credscore.nlp.normalise import normalise
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, cited, comment_evidence, not_measurable, share, signal
from credscore.signals.canned import normalise_handle, repeated
from credscore.signals.conversation import (
    MIN_EXCHANGE_WORDS,
    comment_says_something,
    moves_to_private,
    read_replies,
)
from credscore.signals.readings import remembered

__all__ = ["callout_phrases", "callouts", "is_callout", "is_complaint"]

NAME = "callouts"
LEXICON = "callouts"
# "c'est exactement le discours des arnaques": the pointer comes a few words before the scam it points at.
POINTER_WORDS = 4
_HANDLE = re.compile(r"[@\uff20]([\w.]+)")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Words:
    contest: re.Pattern[str]
    complaint: re.Pattern[str]
    accusation: re.Pattern[str]
    pointer: re.Pattern[str]
    agreement: re.Pattern[str]


@cache
def _words() -> _Words:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts
    return _Words(contest=whole_words(contexts["contests"].words()),
                  complaint=whole_words(contexts["complaints"].words()),
                  accusation=whole_words(contexts["accusations"].words()),
                  pointer=whole_words(contexts["pointers"].words()),
                  # Thanks and agreement open the comment; further on, "exactly" is an adverb.
                  agreement=re.compile(rf"\W*(?:{any_written(contexts['agreements'].words())})(?![\w'])"))


def _key(phrase: str) -> str:
    """A matched phrase as one spelling, whatever the punctuation between its words ("pay-to-play", "pay to play")."""
    return " ".join(_WORD.findall(phrase))


@dataclass(frozen=True, slots=True)
class _Contest:
    phrases: frozenset[str]
    """Every phrase by which the comment contests the post or its author."""
    complaint_only: bool
    """Whether all of them are complaints of an order or a payment (``[contexts.complaints]``)."""


@remembered
def _contest(text: str) -> _Contest:
    """A reader's comment read once for both questions: what it contests, and whether it only complains."""
    folded = fold(normalise(text))
    words = _words()
    if words.agreement.match(folded):
        return _Contest(frozenset(), False)
    claims = {_key(match.group(0)) for match in words.contest.finditer(folded)}
    for match in words.accusation.finditer(folded):
        before = " ".join(_WORD.findall(folded[:match.start()])[-POINTER_WORDS:])
        if words.pointer.search(before):
            claims.add(_key(match.group(0)))
    complaints = {_key(match.group(0)) for match in words.complaint.finditer(folded)}
    return _Contest(frozenset(claims | complaints), bool(complaints) and not claims)


def callout_phrases(text: str) -> frozenset[str]:
    """The phrases by which a reader's comment contests the post or its author (see the module docstring): empty when
    it contests nothing."""
    return _contest(text).phrases


def is_callout(text: str) -> bool:
    """Whether a reader's comment contests the post or its author (see the module docstring)."""
    return bool(callout_phrases(text))


def is_complaint(text: str) -> bool:
    """Whether a callout only complains of an order or a payment (``[contexts.complaints]``: "still waiting for my
    refund", "toujours pas remboursée"), which an account may rightly take to private messages."""
    return _contest(text).complaint_only


@remembered
def _topic(text: str) -> frozenset[str]:
    """The phrases of contest or scam the post itself holds: a post warning against a scam is about "arnaques", and
    its readers' "c'est une arnaque" discusses the scam, not the post."""
    folded = fold(normalise(text))
    words = _words()
    return frozenset(_key(match.group(0)) for pattern in (words.contest, words.complaint, words.accusation)
                     for match in pattern.finditer(folded))


@dataclass(frozen=True, slots=True)
class _Answers:
    readers: set[str]
    """The readers the account answered in words of its own (by handle)."""
    posts: set[int]
    """The posts under which it answered in a comment of its own."""
    redirected: set[str]
    """The readers it only asked to move to private messages."""
    redirected_under: set[int]
    """The posts under which it did so in a comment of its own."""


def _answered(account: AnalysedAccount, own_handles: set[str]) -> _Answers:
    """Whom and where the account answered (see the module docstring). A reply that only seems to answer answers
    nobody: the same reply to several people, an answer withheld for the account's group, a move to private messages
    (which answers a complaint only; see :mod:`~credscore.signals.conversation`)."""
    posts = account.account.posts
    replies = read_replies(account)
    exchanges = set(replies.exchanges)
    empty = set(replies.replies) - exchanges
    readers: set[str] = set()
    redirected: set[str] = set()
    for i, post in enumerate(posts):
        if post.kind == "repost" or "@" not in post.text:
            continue
        handles = {normalise_handle(handle) for handle in _HANDLE.findall(post.text)}
        if i not in empty:
            readers.update(handles)
        elif i in replies.redirects:
            redirected.update(handles)
    own_comments = [(i, comment.text) for i, post in enumerate(posts) for comment in post.comments or ()
                    if normalise_handle(comment.author) in own_handles]
    twins = repeated([tuple(_WORD.findall(fold(_HANDLE.sub(" ", text)))) for _, text in own_comments],
                     near_from=MIN_EXCHANGE_WORDS)
    commented: set[int] = set()
    redirected_under: set[int] = set()
    for k, (i, text) in enumerate(own_comments):
        if k not in twins and comment_says_something(text):
            commented.add(i)
            readers.update(normalise_handle(handle) for handle in _HANDLE.findall(text))
        elif moves_to_private(text):
            redirected_under.add(i)
            redirected.update(normalise_handle(handle) for handle in _HANDLE.findall(text))
    return _Answers(readers, commented, redirected, redirected_under)


@signal(NAME, [
    Feature("unanswered_posts", "Posts of the account's under which a reader contests it (paid coverage, a stock "
            "photo, a claim said false, a company nowhere to be found) and it answered none of them",
            "Publications du compte sous lesquelles un lecteur le conteste (couverture payée, photo de banque "
            "d'images, affirmation dite fausse, entreprise introuvable) sans qu'il réponde à aucun",
            towards="fake", family="engagement"),
    Feature("unanswered_readers", "Readers who contested the account under its posts and got no answer",
            "Lecteurs qui ont contesté le compte sous ses publications sans obtenir de réponse",
            towards="fake", family="engagement"),
    Feature("unanswered_share", "Share of the account's posts commented by readers under which a reader contests it "
            "and gets no answer", "Part des publications du compte commentées par des lecteurs sous lesquelles un "
            "lecteur le conteste sans obtenir de réponse", towards="fake", family="engagement"),
])
def callouts(account: AnalysedAccount) -> SignalResult:
    """Posts with a callout left unanswered, the readers behind those callouts, and the share of the commented posts.

    Not measurable when no comment under the account's own posts has an author.
    """
    posts = account.account.posts
    own_handles = {normalise_handle(profile.handle) for profile in account.account.profiles if profile.handle}
    own = [i for i, post in enumerate(posts) if post.kind == "post"]
    # (post, comment, its author) for every reader's comment with an author
    authored = [(i, k, author) for i in own for k, comment in enumerate(posts[i].comments or ())
                if (author := normalise_handle(comment.author)) and author not in own_handles]
    if not authored:
        return not_measurable(NAME, "no comment of a reader with its author under the account's own posts")
    # The post's own phrases are read only under a comment that contests something (few do).
    contested = [(i, k, author) for i, k, author in authored
                 if (phrases := callout_phrases((posts[i].comments or ())[k].text)) and phrases - _topic(posts[i].text)]
    answers = _answered(account, own_handles) if contested else _Answers(set(), set(), set(), set())
    unanswered: list[tuple[int, int]] = []
    callers: set[str] = set()
    for i, k, author in contested:
        if author in answers.readers or i in answers.posts:
            continue
        # A complaint may be taken to private messages; a contest of a claim is answered in public or not at all.
        if ((author in answers.redirected or i in answers.redirected_under)
                and is_complaint((posts[i].comments or ())[k].text)):
            continue
        unanswered.append((i, k))
        callers.add(author)
    unanswered_posts = sorted({i for i, _ in unanswered})
    read = len({i for i, _, _ in authored})  # the posts readers commented
    evidence = cited(comment_evidence, account, unanswered)
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"unanswered_posts": float(len(unanswered_posts)), "unanswered_readers": float(len(callers)),
                "unanswered_share": share(len(unanswered_posts), read)},
        evidence={"unanswered_posts": evidence, "unanswered_readers": evidence, "unanswered_share": evidence},
    )
