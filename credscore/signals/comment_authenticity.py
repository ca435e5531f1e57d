"""Comment authenticity: do real people write under the account's posts?

A real audience comments on *this* post: it asks where the photo was taken, disagrees with the third
point, tags a friend. Bought comments, comment bots and engagement pods (groups whose members promise
to comment on each other's every post) write the comment that fits any post — "Super article !",
"Trop beau 😍", "🔥🔥🔥", "Great post, check my profile" — often the same sentence under post after
post, from the same few accounts. Audit tools (HypeAuditor, Modash, Upfluence) score comment
authenticity the same way: the share of generic, emoji-only and templated comments, and the pods.

Three features, on the comments the source gives under the account's own posts:

- ``generic_comment_share``: share of comments that say nothing about the post (:func:`is_generic_comment`):
  no word at all (emoji, hashtags, links, punctuation), stock praise (terms of the ``generic_praise`` lexicon and of
  ``data/lexicons/comments/praise.toml`` make up all of its words but at most :data:`MAX_OTHER_WORDS`, in a
  comment of at most :data:`MAX_GENERIC_WORDS` words), or self-promotion (a term of
  ``data/lexicons/comments/promotion.toml``: "check my profile", "va voir mon profil"). Texts are read
  as a reader sees them (:func:`credscore.nlp.normalise.normalise`: look-alike letters and invisible
  characters do not hide a term), without case or accents.
- ``templated_comment_share``: share of comments of at least :data:`MIN_TEMPLATE_WORDS` words, not short
  stock praise (which recurs under any popular account and is counted above), that have a near-identical
  twin (:mod:`credscore.signals.canned`: the same words up to a spun word or a name) under *another* post,
  by *another* author. One fan repeating themself, or a thread of "Congratulations to the team!" under one
  post, is no template.
- ``pod_share``: share of the commented posts whose commenters are mostly (:data:`POD_MAJORITY`) a recurring
  set: authors who comment on at least :data:`RECURRING_SHARE` of the commented posts *of the same platform*
  (a handle names someone on one network only, and a pod that follows an account across networks comments
  under other handles on each: counted over all networks, none of them would look regular). A platform with
  fewer than :data:`MIN_COMMENTED_POSTS` commented posts has no regulars. Fewer than :data:`MIN_POD_MEMBERS`
  regulars on a platform are a few loyal fans, not a pod: with no pod on any platform the share is 0. ``NaN``
  when too few comments name their author.

Not measurable with fewer than :data:`MIN_COMMENTS` comments on at least :data:`MIN_COMMENTED_POSTS` posts:
most sources give no comment at all, and that must count neither way. The order of posts, and of the
comments under a post, changes nothing.

The comments folder is a subfolder of ``data/lexicons`` on purpose: its terms describe what *others*
write under a post, so the lexicon matcher that reads the account's own posts does not load them.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex
from rapidfuzz.distance import LCSseq

from credscore.account import Account
from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import Lexicon, load_lexicons, strip_accents
from credscore.nlp.memo import bounded
from credscore.nlp.text import split_text
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, cited, comment_evidence, not_measurable, signal
from credscore.signals.canned import TEMPLATE_SIMILARITY, normalise_handle, repeated

__all__ = ["comment_authenticity", "comment_words", "generic_terms", "is_generic_comment", "recurring_commenters"]

NAME = "comment_authenticity"
PRAISE_LEXICON = "generic_praise"
COMMENT_LEXICONS = "comments"
"""The subfolder of ``data/lexicons`` with the comment-section lexicons (``praise``, ``promotion``)."""
# Stock praise is short: "Trop beau 😍", "Wow this is amazing". A longer comment goes on to say something.
MAX_GENERIC_WORDS = 8
# Words besides the praise a stock comment may hold ("this is", "so", "vraiment"): no more than three.
MAX_OTHER_WORDS = 3
# A template is a sentence: below four words, identical comments ("Trop beau", "Love it") are just common.
MIN_TEMPLATE_WORDS = 4
# Fewer comments than this, or on fewer posts, and one comment more moves a share by a tenth: not a habit.
MIN_COMMENTS = 10
MIN_COMMENTED_POSTS = 3
# An author who comments on at least this share of the commented posts is a regular.
RECURRING_SHARE = 0.6
# A post whose commenters are at least this share regulars is a pod's post.
POD_MAJORITY = 0.5
# Pods gather ten to thirty members; three or fewer regulars are a creator's family and friends.
MIN_POD_MEMBERS = 4
# The pod share needs authors: when fewer than this share of comments name theirs, it is not measured.
MIN_AUTHORED_SHARE = 0.5
# Comments compared for templates: enough for a large comment history, bounded for a huge one (beyond it, a
# sample chosen by the words themselves is compared, and the share is scaled to all comments).
MAX_COMPARED_COMMENTS = 5_000

# Templates each text is compared with when grouping: a comment section holds a few templates, and the bound
# keeps a section of thousands of distinct near-twins from costing millions of comparisons.
MAX_TEMPLATES_COMPARED = 50

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class GenericTerms:
    """The word sequences of the praise and promotion terms, lower case and without accents."""

    praise: frozenset[tuple[str, ...]]
    promotion: frozenset[tuple[str, ...]]
    longest: int


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(strip_accents(text.translate(_APOSTROPHES).lower())))


def _term_words(lexicons: Sequence[Lexicon]) -> frozenset[tuple[str, ...]]:
    return frozenset(words for lexicon in lexicons for _, term in lexicon.terms() if (words := _words(term)))


@cache
def generic_terms() -> GenericTerms:
    """The terms that make a comment generic, read once from ``data/lexicons``."""
    folder = data_dir() / "lexicons"
    comments = load_lexicons(folder / COMMENT_LEXICONS)
    praise = _term_words([load_lexicons(folder)[PRAISE_LEXICON], comments["praise"]])
    promotion = _term_words([comments["promotion"]])
    return GenericTerms(praise, promotion, max(len(words) for words in praise | promotion))


def comment_words(text: str) -> tuple[str, ...]:
    """A comment's own words as compared: normalised (look-alikes, invisible characters), lower case, without
    accents, links, mentions, hashtags, emoji or punctuation."""
    return _read(text)[0]


@lru_cache(maxsize=8)
def _first_words(terms: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words ``terms`` begin with (a frozenset keeps its hash: a look-up here is cheap)."""
    return frozenset(term[0] for term in terms)


def _covered(words: tuple[str, ...], terms: frozenset[tuple[str, ...]], longest: int) -> list[bool]:
    """Which words belong to an occurrence of one of ``terms``."""
    covered = [False] * len(words)
    first_words = _first_words(terms)
    for start, word in enumerate(words):
        if word not in first_words:
            continue  # no term begins here: no slice of any size to look up
        for size in range(min(longest, len(words) - start), 0, -1):
            if words[start:start + size] in terms:
                covered[start:start + size] = [True] * size
                break
    return covered


def is_generic_comment(text: str) -> bool:
    """Whether a comment says nothing about the post: emoji, hashtags, links or punctuation only, stock praise,
    or self-promotion. A comment that only tags people ("@julie 👀") shares the post with a friend: not generic."""
    return _is_generic(*_read(text))


# Comment texts whose reading is remembered across accounts: stock praise, a pod's or a bot's comments recur under
# thousands of accounts of a batch. Bounded (the oldest half dropped when full), so that memory stays flat.
COMMENT_MEMO_SIZE = 20_000
_comment_memo: dict[str, tuple[tuple[str, ...], bool]] = {}
"""Comment text -> its words as compared, and whether the comment is generic (by :data:`_comment_memo_terms`)."""
_comment_memo_terms: list[GenericTerms] = []


def _read_remembered(texts: Iterable[str]) -> dict[str, tuple[tuple[str, ...], bool]]:
    """:func:`_read` of each of ``texts`` and whether it is generic (:func:`_is_generic`), each distinct text read
    once and remembered for the accounts to come."""
    terms = generic_terms()
    if not _comment_memo_terms or _comment_memo_terms[0] is not terms:
        # The terms were read again (``generic_terms.cache_clear()``): what was found with the old ones goes.
        _comment_memo.clear()
        _comment_memo_terms[:] = [terms]
    memo = bounded(_comment_memo, COMMENT_MEMO_SIZE)
    found = {}
    for text in texts:
        if text not in found:
            known = memo.get(text)
            if known is None:
                words, tags = _read(text)
                known = memo[text] = (words, _is_generic(words, tags))
            found[text] = known
    return found


def _read(text: str) -> tuple[tuple[str, ...], bool]:
    """A comment's words as compared, and whether it tags anyone."""
    split = split_text(text)  # normalised inside: look-alike letters and invisible characters do not hide a term
    return _words(split.words_text), bool(split.mentions)


def _is_generic(words: tuple[str, ...], tags: bool) -> bool:
    if not words:
        return not tags
    terms = generic_terms()
    if any(_covered(words, terms.promotion, terms.longest)):
        return True
    return _stock_praise(words)


def _stock_praise(words: tuple[str, ...]) -> bool:
    """Whether praise terms make up all of a short comment's words but a few."""
    if len(words) > MAX_GENERIC_WORDS:
        return False
    terms = generic_terms()
    covered = _covered(words, terms.praise, terms.longest)
    return any(covered) and covered.count(False) <= MAX_OTHER_WORDS


def _comments(account: Account) -> list[tuple[int, int]]:
    """(post, comment) positions of the comments under the account's own posts."""
    return [(index, position) for index, post in enumerate(account.posts) if post.kind != "repost"
            for position in range(len(post.comments or ()))]


def _author(account: Account, where: tuple[int, int]) -> str:
    comment = (account.posts[where[0]].comments or ())[where[1]]
    return normalise_handle(comment.author)


def _templated(account: Account, comments: list[tuple[int, int]],
               words_of: Mapping[tuple[int, int], tuple[str, ...]]) -> tuple[list[tuple[int, int]], float]:
    """The comments with a near twin under another post by another author (see the module docstring), and the
    share of all comments they stand for (beyond :data:`MAX_COMPARED_COMMENTS`, measured on a sample).
    ``words_of``: each comment's :func:`comment_words`."""
    # Short stock praise recurs under any popular account ("Love this so much"): the generic share counts it.
    candidates = {where for where in comments
                  if len(words_of[where]) >= MIN_TEMPLATE_WORDS and not _stock_praise(words_of[where])}
    long_enough = [where for where in comments if where in candidates]
    if len(long_enough) > MAX_COMPARED_COMMENTS:
        # A sample chosen by the words themselves: the same comments whatever the order, and a template's
        # identical copies stay together.
        long_enough = sorted(long_enough, key=lambda where: (_digest(words_of[where]), where))[:MAX_COMPARED_COMMENTS]
        long_enough.sort()
    compared = long_enough
    scale = len(candidates) / len(compared) if compared else 0.0
    words = [words_of[where] for where in compared]
    flagged = sorted(repeated(words, near_from=MIN_TEMPLATE_WORDS))
    # Group the twins into templates: each distinct text joins the first template it is near (leader clustering).
    leaders: list[tuple[str, ...]] = []
    template_of: dict[tuple[str, ...], int] = {}
    for said in sorted({words[k] for k in flagged}, key=lambda item: (len(item), item)):
        # The latest templates first: texts come by increasing length, and a template's copies are of a length.
        for number in range(len(leaders) - 1, max(-1, len(leaders) - 1 - MAX_TEMPLATES_COMPARED), -1):
            if _similar(said, leaders[number]):
                template_of[said] = number
                break
        else:
            template_of[said] = len(leaders)
            leaders.append(said)
    members: dict[int, list[int]] = {}
    for k in flagged:
        members.setdefault(template_of[words[k]], []).append(k)
    templated = []
    for group in members.values():
        posts = {compared[k][0] for k in group}
        authors = {_author(account, compared[k]) or f"?{k}" for k in group}
        if len(posts) > 1 and len(authors) > 1:
            templated += [compared[k] for k in group]
    return sorted(templated), (len(templated) * scale / len(comments) if comments else 0.0)


def _digest(words: tuple[str, ...]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    common = LCSseq.similarity(a, b)
    return 2 * common * TEMPLATE_SIMILARITY.denominator >= TEMPLATE_SIMILARITY.numerator * (len(a) + len(b))


def recurring_commenters(account: Account) -> frozenset[tuple[str, str]]:
    """The regulars as ``(platform, normalised handle)``: authors who comment on at least :data:`RECURRING_SHARE`
    of the account's commented posts on that platform (one with :data:`MIN_COMMENTED_POSTS` commented posts or more).
    """
    return _recurring(account, _authors_by_post(account))


def _recurring(account: Account, by_post: Mapping[int, frozenset[tuple[str, str]]]) -> frozenset[tuple[str, str]]:
    """:func:`recurring_commenters`, from each commented post's authors (:func:`_authors_by_post`)."""
    by_platform: dict[str, list[frozenset[tuple[str, str]]]] = {}
    for index, authors in by_post.items():
        by_platform.setdefault(account.posts[index].platform, []).append(authors)
    regulars: set[tuple[str, str]] = set()
    for posts in by_platform.values():
        if len(posts) < MIN_COMMENTED_POSTS:
            continue
        counts = Counter(author for authors in posts for author in authors)
        regulars.update(author for author, count in counts.items() if count >= RECURRING_SHARE * len(posts))
    return frozenset(regulars)


def _authors_by_post(account: Account) -> dict[int, frozenset[tuple[str, str]]]:
    """Each commented post's authors, as ``(platform, normalised handle)``: a handle names someone on one network."""
    by_post: dict[int, set[tuple[str, str]]] = {}
    for index, post in enumerate(account.posts):
        if post.kind == "repost":
            continue
        for comment in post.comments or ():
            author = normalise_handle(comment.author)
            if author:
                by_post.setdefault(index, set()).add((post.platform, author))
    return {index: frozenset(authors) for index, authors in by_post.items()}


def _pods(account: Account, comments: list[tuple[int, int]]) -> tuple[float, list[tuple[int, int]]]:
    author_of = {where: name for where in comments if (name := _author(account, where))}
    authored = list(author_of)
    if len(authored) < MIN_AUTHORED_SHARE * len(comments):
        return math.nan, []
    by_post = _authors_by_post(account)
    # Regulars make a pod where a network has enough of them: three loyal fans on each of two networks (often the
    # same three people) are still three loyal fans.
    found = _recurring(account, by_post)  # the authors of each post read once, for both
    members = Counter(platform for platform, _ in found)
    regulars = {author for author in found if members[author[0]] >= MIN_POD_MEMBERS}
    if not regulars:
        return 0.0, []
    pod_posts = {index for index, authors in by_post.items() if len(authors & regulars) >= POD_MAJORITY * len(authors)}
    # One comment per regular, on the pod's posts: who the pod is.
    shown: dict[tuple[str, str], tuple[int, int]] = {}
    for where in authored:
        author = (account.posts[where[0]].platform, author_of[where])
        if where[0] in pod_posts and author in regulars:
            shown.setdefault(author, where)
    return len(pod_posts) / len(by_post), sorted(shown.values())


@signal(NAME, [
    Feature("generic_comment_share", "Share of the comments under the account's posts that say nothing about the "
            "post: emoji only, stock praise or self-promotion",
            "Part des commentaires reçus qui ne disent rien de la publication : emoji seuls, compliment "
            "passe-partout ou autopromotion",
            towards="fake", family="engagement"),
    Feature("templated_comment_share", "Share of the comments under the account's posts that repeat, nearly word for "
            "word, a comment by another person under another post",
            "Part des commentaires reçus qui répètent presque mot pour mot le commentaire d'une autre personne sous "
            "une autre publication",
            towards="fake", family="engagement"),
    Feature("pod_share", "Share of the commented posts whose commenters are mostly the same small group of regulars "
            "(an engagement pod)",
            "Part des publications commentées dont les commentateurs sont surtout le même petit groupe d'habitués "
            "(un groupe d'engagement)",
            towards="fake", family="engagement"),
])
def comment_authenticity(account: AnalysedAccount) -> SignalResult:
    """Share of generic comments, of templated comments, and of posts commented by a pod.

    Not measurable with fewer than :data:`MIN_COMMENTS` comments on :data:`MIN_COMMENTED_POSTS` posts.
    """
    document = account.account
    comments = _comments(document)
    commented = {index for index, _ in comments}
    if len(comments) < MIN_COMMENTS or len(commented) < MIN_COMMENTED_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_COMMENTS} comments under {MIN_COMMENTED_POSTS} posts or more")
    # Each comment read once, for both measures (and each text once in a batch: pods and bots repeat theirs).
    text_of = {where: (document.posts[where[0]].comments or ())[where[1]].text for where in comments}
    reading = _read_remembered(text_of.values())
    read = {where: reading[text] for where, text in text_of.items()}
    generic = [where for where in comments if read[where][1]]
    templated, templated_share = _templated(document, comments, {where: words for where, (words, _) in read.items()})
    pods, pod_evidence = _pods(document, comments)
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "generic_comment_share": len(generic) / len(comments),
            "templated_comment_share": templated_share,
            "pod_share": pods,
        },
        evidence={
            "generic_comment_share": cited(comment_evidence, account, generic),
            # One comment per post first: a template shows best under several posts.
            "templated_comment_share": cited(comment_evidence, account, _spread(templated)),
            "pod_share": cited(comment_evidence, account, pod_evidence),
        },
    )


def _spread(comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    seen: set[int] = set()
    first = []
    for where in comments:
        if where[0] not in seen:
            seen.add(where[0])
            first.append(where)
    chosen = set(first)
    return first + [where for where in comments if where not in chosen]
