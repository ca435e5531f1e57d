"""Conversation: does the account talk with people, in words of its own?

"On ne vend rien. On facilite. On répond aux questions": a real community manager spends much
of their time answering people, each time about what that person said. A fake expert broadcasts;
when they do answer, it is the comment that fits any post ("Super article !", "Great post! 🙌"),
or one thank-you a tool sends to everyone ("Merci Julie pour ton retour ! 🙏" twenty times over).

Conversation is measured on *exchanges*, which a tool cannot fake cheaply:

- A *reply* is a post of kind ``reply`` or ``comment``, or a post whose text opens on at most
  :data:`MAX_ADDRESSEES` mentions followed by words ("@marie je ne suis pas d'accord…"). Mentions
  elsewhere are not conversation: "… cc @a @b" or "via @buffer" appended to a broadcast, or a
  post opening on a list of tags ("@a @b @c @d Nouvelle vidéo !"), address nobody.
- A reply is an *exchange* when it says something of its own: at least :data:`MIN_EXCHANGE_WORDS`
  words (links, mentions, hashtags, emoji, numbers and punctuation are not words, nor the "cc" or
  "via" that introduces tagged handles), of which at least :data:`MIN_EXCHANGE_CONTENT_WORDS` are
  neither function words (spaCy's French and English stop words) nor words of stock praise (the
  words of the ``generic_praise`` terms): "You nailed it, Priyanka!" or "Needed to hear this
  today" is a compliment that fits any post, however it is varied; not short stock praise (a term
  of the ``generic_praise`` lexicon in a reply of at most :data:`MAX_WORDS_OF_A_GENERIC_REPLY`
  words), nor a short reply that only moves the exchange to private messages (``private_redirects``),
  nor a reply that *withholds* the answer and sends the reader where the account sells or gathers ("it's all in
  my free group", "tout est dans la masterclass, lien en bio": ``withheld_answers``), however long, unless it
  gives a figure or asks a question back (a real answer that also points somewhere says something there);
  nor a reply that *dismisses* the reader instead of answering, the critic called jealous, bitter or not ready for
  success ("les rageux ne construisent rien", "haters gonna hate": ``[contexts.dismissals]`` of the ``dismissals``
  lexicon), however long; and not *canned*: the same reply as another of the account's replies up to the addressee's
  name, a greeting or a spun word (see :mod:`credscore.signals.canned`; the words
  spelling the handles the reply opens on are masked). However long, a reply sent to many is a
  template; and not *praise-led by habit*: a reply that opens on stock praise ("What a powerful
  reminder, Sarah. Resilience is the quiet foundation of every great leader.") and carries no figure,
  question or link is a compliment, however varied its platitude, when such replies are the account's
  habit: at least :data:`MIN_HABIT` of them, and at least :data:`HABIT_SHARE` of its
  replies. A real person's occasional "Great post, the part about cohort retention matched what we
  saw" stays an exchange; a tool (or a language model) praising everyone in fresh words does not; and not *a
  pointer by habit*: a reply that sends the reader to the account's own destination (a page of a site its profiles
  name, in their ``url`` or their bio, or an amount of money its own posts ask) without answering there, when most
  of its replies send people to the same one, whoever asked what: at least :data:`MIN_HABIT` of them, and at least
  :data:`HABIT_SHARE` of its replies. "The whole method is in the free class: creditglowup.com/free" to a lawyer, a
  client owed a refund and a former classmate, "997 € jusqu'à dimanche" to every question (a diploma, the clients,
  the modules), or the varied pages of one site ("the framework is in the audit: …/audit", "it's all in my Thursday
  session: …/live") send people where the account sells, however the words around them vary. A reply answers there
  when it gives a page no other reply gives and a figure or a question of its own beside it: a scientist who names
  the study's year and its range before the link to that paper on her lab's site. A source, a study or a public page
  is nobody's own destination, and a shop that gives its price to the one who asked it, among replies of other
  kinds, keeps its exchanges.

Every other reply says nothing of its own. Sending the same reply once more, or appending mentions to
a broadcast, can therefore never raise the share of exchanges nor lower the share of empty replies.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from urllib.parse import SplitResult, urlsplit

import regex

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.nlp.language import stop_words
from credscore.nlp.lexicons import fold, load_lexicons, whole_words
from credscore.nlp.text import split_text
from credscore.resources import data_dir
from credscore.signals.auto_dms import AMOUNT
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    share,
    signal,
)
from credscore.signals.canned import masked, repeated
from credscore.signals.readings import remembered

NAME = "conversation"
LEXICON = "generic_praise"
# A short reply that only moves the exchange to private messages ("Je t'écris en privé", "I'll DM you") says nothing
# in public either; its words are not stock praise's (a real answer may say "DM" or "message").
REDIRECTS = "private_redirects"
# The reply that withholds the answer for a place the account controls (its free group, its Telegram, the link in its
# bio) says nothing in public whatever its length; a figure or a question in it is an answer or an exchange.
WITHHELD = "withheld_answers"
# The reply that answers the person instead of the question ("les rageux ne construisent rien", "stay poor") says
# nothing to anyone, whatever else it holds: read on the raw text of replies and comments (no term is matched).
DISMISSALS = "dismissals"
REPLY_KINDS = frozenset({"reply", "comment"})
# Stock praise is a few words ("Super article !", "Totally agree with this"); a longer reply that
# praises usually goes on to say something of its own.
MAX_WORDS_OF_A_GENERIC_REPLY = 6
# A move to private messages says nothing else when a few words at most stand beside it ("So sorry Jane, I've sent you
# a DM", "Merci, je t'écris en privé").
MAX_WORDS_BESIDE_A_REDIRECT = 4
# A reply of a word or two ("Merci !", "Exactly", "Top 👍") acknowledges; it does not exchange anything.
MIN_EXCHANGE_WORDS = 3
# Of those, words that carry something of the reply's own: "Debian 13 with XFCE" has two, "Big yes to this" none.
MIN_EXCHANGE_CONTENT_WORDS = 2
# Stock praise that leads a reply sits in its first words ("What a powerful reminder, Sarah", "Quelle pépite, Julie").
PRAISE_OPENING_WORDS = 6
# A handful of praise-led replies, or replies giving the account's own destination, and half of all replies at least,
# make a habit rather than a courtesy: a real person praises now and then, or gives their price to who asked it,
# before saying something else to the next; a compliment machine praises everyone, a funnel sends everyone to its page.
MIN_HABIT = 5
HABIT_SHARE = 0.5
# What anchors a compliment to the post it answers: a figure, a question, a link.
_ANCHOR = regex.compile(r"[\p{N}?？¿]")
# A post opening on one or two handles answers them; three or more in a row are a list of tags.
MAX_ADDRESSEES = 2
# Below this many posts, one reply more or less swings the shares by a fifth or more.
MIN_POSTS = 5
# The handles a text opens on, before its first word (Mastodon's @user@instance form included).
_LEADING_MENTIONS = regex.compile(r"^\s*(?:@\w[\w.]*(?:@[\w-]+(?:\.[\w-]+)+)?[\s,;:]*)+")
_HANDLE = regex.compile(r"@\w[\w.]*(?:@[\w-]+(?:\.[\w-]+)+)?")
# Handles and hashtags: their digits are no figure of the reply's own ("@fan12", "#growth2025").
_TAGS = regex.compile(r"[@#]\w[\w.]*(?:@[\w-]+(?:\.[\w-]+)+)?")
# Words of a raw text, as a comment's are counted (letters only: numbers, emoji and punctuation are not words).
_WORDS = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")
_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D")
# The word that introduces handles tagged on a text ("cc @a @b", "via @buffer", "ft. @x"): part of the tags,
# not of what the reply says.
_TAG_INTRODUCER = regex.compile(r"(?<!\w)(cc|via|ft|feat)\W{0,3}(?=@\w)", regex.IGNORECASE)


@signal(NAME, [
    Feature("reply_share", "Share of the account's own posts that are replies in its own words (not stock praise, "
            "not a word or two, not the same reply sent to several people)",
            "Part des publications qui sont des réponses rédigées (ni compliment passe-partout, ni un ou deux mots, "
            "ni la même réponse envoyée à plusieurs personnes)",
            towards="genuine", family="broadcasting"),
    Feature("generic_reply_share", "Share of the account's replies that say nothing of their own: stock praise, "
            "emoji, a word or two, the same reply sent to several people, the answer withheld for elsewhere (\"it's "
            "all in my free group\"), or the account's own page or price given to most of them",
            "Part des réponses qui ne disent rien en propre : compliment passe-partout, emoji, un ou deux mots, la "
            "même réponse envoyée à plusieurs personnes, la réponse renvoyée ailleurs (« tout est dans mon groupe "
            "gratuit »), ou la page ou le prix du compte donnés à la plupart d'entre elles",
            towards="fake", family="broadcasting"),
])
def conversation(account: AnalysedAccount) -> SignalResult:
    """Share of posts that are exchanges, and share of replies that are not.

    Reposts are left out (someone else's words). With no reply at all, the generic share is 0.
    Not measurable with fewer than :data:`MIN_POSTS` posts of the account's own.
    """
    posts = account.account.posts
    own = [i for i, post in enumerate(posts) if post.kind != "repost"]
    if len(own) < MIN_POSTS:
        return not_measurable(NAME, f"fewer than {MIN_POSTS} posts of the account's own")
    reading = read_replies(account)
    replies, exchanges, canned = reading.replies, reading.exchanges, reading.canned
    said_something = set(exchanges)
    empty = [i for i in replies if i not in said_something]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "reply_share": share(len(exchanges), len(own)),
            "generic_reply_share": share(len(empty), len(replies)) if replies else 0.0,
        },
        evidence={
            "reply_share": cited(post_evidence, account, exchanges),
            # Canned replies first: they show the habit better than a lone "Merci !".
            "generic_reply_share": cited(post_evidence, account, [i for i in empty if i in canned]
                                         + [i for i in empty if i not in canned]),
        },
    )


@dataclass(frozen=True, slots=True)
class Replies:
    """How the account's own posts answer people (see the module docstring)."""

    replies: list[int]
    """Positions in the account's posts of its replies."""
    exchanges: list[int]
    """Those of the replies that say something of their own."""
    canned: set[int]
    """Those of the replies sent to several people up to a name, a greeting or a spun word."""
    redirects: set[int]
    """Those of the replies that only move the exchange to private messages ("I'll DM you", "je t'envoie un DM")."""


def read_replies(account: AnalysedAccount) -> Replies:
    """The account's replies, and which of them are exchanges (see the module docstring): also how
    :mod:`~credscore.signals.callouts` tells an answer from a reply that only seems to answer."""
    posts = account.account.posts
    own = [i for i, post in enumerate(posts) if post.kind != "repost"]
    addressees = {i: _addressees(posts[i].text) for i in own}
    replies = [i for i in own if posts[i].kind in REPLY_KINDS or 0 < len(addressees[i]) <= MAX_ADDRESSEES]
    words = [masked(_own_words(posts[i].text, account.posts[i]), addressees[i]) for i in replies]
    canned = {replies[k] for k in repeated(words, near_from=MIN_EXCHANGE_WORDS)}
    empty_words = _empty_words()
    exchanges = [i for i, said in zip(replies, words, strict=True)
                 if i not in canned and len(said) >= MIN_EXCHANGE_WORDS and not _stock_praise(account.posts[i])
                 and not _withheld(posts[i].text, account.posts[i])
                 and sum(1 for word in said if word not in empty_words) >= MIN_EXCHANGE_CONTENT_WORDS
                 and not dismisses(posts[i].text)]
    praised = {i for i in replies if _praise_led(posts[i].text, account.posts[i])}
    habits = [praised] if _habit(praised, replies) else []
    habits += [carriers for carriers in _pointing(account, replies).values() if _habit(carriers, replies)]
    if habits:
        exchanges = [i for i in exchanges if not any(i in habit for habit in habits)]
    # The analysis's matches first: most replies hold no redirect, and their raw text need not be read again.
    redirects = {i for i in replies if any(match.lexicon == REDIRECTS for match in account.posts[i].matches)
                 and moves_to_private(posts[i].text)}
    return Replies(replies, exchanges, canned, redirects)


def _habit(found: set[int], replies: list[int]) -> bool:
    return len(found) >= MIN_HABIT and len(found) >= HABIT_SHARE * len(replies)


def _pointing(account: AnalysedAccount, replies: list[int]) -> dict[str, set[int]]:
    """The account's own destinations its replies give (see the module docstring), each with the replies that give
    it and do not answer their own question there: a site of its own (its host, without "www."), or an amount of
    money (its digits: "997 €", "€997" and "997 euros" are one amount)."""
    if len(replies) < MIN_HABIT:
        return {}
    sites, amounts = _own_destinations(account)
    carriers: dict[str, set[int]] = {}
    pages: dict[int, set[str]] = {}
    for i in replies:
        text = account.account.posts[i].text
        found = dict(page for link in account.posts[i].links if (page := _page(link, sites)))
        pages[i] = set(found)
        pointers = set(found.values())
        if amounts and _DIGIT.search(text):  # most replies name no amount
            pointers.update("amount:" + amount for amount in _amounts(text) & amounts)
        for pointer in pointers:
            carriers.setdefault(pointer, set()).add(i)
    given = Counter(page for found in pages.values() for page in found)
    return {pointer: {i for i in found if not _answers_there(account.account.posts[i].text, pages[i], given, amounts)}
            for pointer, found in carriers.items()}


def _answers_there(raw: str, pages: set[str], given: Counter[str], amounts: frozenset[str]) -> bool:
    """Whether a reply that gives the account's own destination answers its own question there: a page of the site
    that no other reply gives (the paper the reader asked about, not the one page everyone is sent to), and a figure
    or a question of its own beside it (links, handles and the account's own amounts aside)."""
    if not any(given[page] == 1 for page in pages):
        return False
    words = split_text(raw).words_text.lower()
    if amounts and _DIGIT.search(words):
        words = AMOUNT.sub(lambda found: " " if _NOT_DIGIT.sub("", found[0]) in amounts else found[0], words)
    return _ANCHOR.search(words) is not None


def _own_destinations(account: AnalysedAccount) -> tuple[frozenset[str], frozenset[str]]:
    """The hosts of the sites the account's profiles name (their ``url``, the links of their bio), and the amounts of
    money its own posts (not replies) ask."""
    links = [profile.url for profile in account.account.profiles if profile.url]
    links += [link for profile in account.account.profiles if profile.bio for link in split_text(profile.bio).links]
    sites = frozenset(host for link in links if (host := _host(_split(link))))
    amounts = frozenset().union(*(_amounts(post.text) for post in account.account.posts
                                  if post.kind == "post" and _DIGIT.search(post.text)))
    return sites, amounts


def _page(link: str, sites: frozenset[str]) -> tuple[str, str] | None:
    """The page a link leads to (its host, path and fragment; tracking codes, the query, and a closing "/" are not
    the page) and its host, when it is on one of ``sites``."""
    parts = _split(link)
    host = _host(parts)
    if host not in sites:
        return None
    return f"{host}{parts.path.rstrip('/')}" + (f"#{parts.fragment}" if parts.fragment else ""), host


def _split(link: str) -> SplitResult:
    """The parts of a link, written with its scheme or without ("example.org/free")."""
    return urlsplit(link if "//" in link else "//" + link)


def _host(parts: SplitResult) -> str:
    return (parts.hostname or "").removeprefix("www.")


@remembered
def _amounts(text: str) -> frozenset[str]:
    return frozenset(_NOT_DIGIT.sub("", amount) for amount in AMOUNT.findall(text.lower()))


def comment_says_something(text: str) -> bool:
    """Whether a comment the account wrote under a post (raw text, which the analysis does not read) could be an
    exchange by the measures of a reply: at least :data:`MIN_EXCHANGE_WORDS` words besides handles; not a short move
    to private messages ("je t'envoie un DM 🙏"), nor an answer withheld for elsewhere without a figure or a question,
    nor a dismissal of the reader. Whether the same comment went to several people is the caller's to tell (see
    :mod:`~credscore.signals.canned`)."""
    folded = fold(_TAGS.sub(" ", text))
    if len(_WORDS.findall(folded)) < MIN_EXCHANGE_WORDS or _redirects(folded) or _dismissal().search(folded):
        return False
    _, withheld = _deflections()
    return not (withheld.search(folded) and not _anchored(text))


def moves_to_private(text: str) -> bool:
    """Whether a reply (raw text) only moves the exchange to private messages: a phrase of ``private_redirects``
    ("je t'envoie un DM 🙏", "so sorry, I've sent you a DM") with at most :data:`MAX_WORDS_BESIDE_A_REDIRECT` words
    besides, handles aside."""
    return _redirects(fold(_TAGS.sub(" ", text)))


def _redirects(folded: str) -> bool:
    """:func:`moves_to_private` on a text already folded, its handles and hashtags taken out."""
    redirect, _ = _deflections()
    if redirect.search(folded) is None:  # most replies: no redirect at all
        return False
    return len(_WORDS.findall(redirect.sub(" ", folded))) <= MAX_WORDS_BESIDE_A_REDIRECT


@cache
def _deflections() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The private-redirect and withheld-answer phrases, as patterns on folded raw text."""
    lexicons = load_lexicons(data_dir() / "lexicons")
    return (whole_words(term for _, term in lexicons[REDIRECTS].terms()),
            whole_words(term for _, term in lexicons[WITHHELD].terms()))


def dismisses(text: str) -> bool:
    """Whether a reply or comment (raw text) brushes the reader off instead of answering: a phrase of the
    ``dismissals`` lexicon's ``[contexts.dismissals]`` ("les rageux ne construisent rien", "haters gonna hate")."""
    return _dismissal().search(fold(text)) is not None


@cache
def _dismissal() -> re.Pattern[str]:
    return whole_words(load_lexicons(data_dir() / "lexicons")[DISMISSALS].contexts["dismissals"].words())


def _addressees(text: str) -> tuple[str, ...]:
    """The handles a text opens on ("@marie @paul merci…" -> ("@marie", "@paul")); none if it opens on a word."""
    if "@" not in text:  # most posts: no handle at all, so none to open on
        return ()
    opening = _LEADING_MENTIONS.match(text)
    return tuple(_HANDLE.findall(opening.group(0))) if opening else ()


def _own_words(raw: str, text: AnalysedText) -> tuple[str, ...]:
    """The text's words without those that introduce tagged handles ("cc", "via" before a mention)."""
    if "@" not in raw:  # an introducer comes before a handle: without one, there is none
        return text.words
    introducers = [found.lower() for found in _TAG_INTRODUCER.findall(raw)]
    if not introducers:
        return text.words
    words = list(text.words)
    for word in introducers:
        if word in words:
            # The last occurrence: tags close a text, and "via" may also be a word of the reply itself.
            del words[len(words) - 1 - words[::-1].index(word)]
    return tuple(words)


def _praise_led(raw: str, text: AnalysedText) -> bool:
    """The reply opens on stock praise and gives no figure, question or link to show it read the post."""
    # The praise first: most replies open on none, and their raw text need not be searched.
    if not any(match.lexicon == LEXICON and 0 <= match.start < PRAISE_OPENING_WORDS for match in text.matches):
        return False
    return not (text.links or _anchored(raw))


def _withheld(raw: str, text: AnalysedText) -> bool:
    """The reply sends the reader elsewhere for the answer, and gives no figure nor question of its own."""
    if not any(match.lexicon == WITHHELD for match in text.matches):
        return False
    return not _anchored(raw)


def _anchored(raw: str) -> bool:
    """The reply gives a figure or asks a question of its own (the digits of handles and hashtags are not figures)."""
    return _ANCHOR.search(_TAGS.sub(" ", raw)) is not None


def _stock_praise(text: AnalysedText) -> bool:
    return len(text.words) <= MAX_WORDS_OF_A_GENERIC_REPLY and any(match.lexicon in (LEXICON, REDIRECTS)
                                                                    for match in text.matches)


@cache
def _empty_words() -> frozenset[str]:
    """Words that say nothing of a reply's own: French and English function words, and the words of stock praise."""
    words: set[str] = set(stop_words("fr") | stop_words("en"))
    with (data_dir() / "lexicons" / f"{LEXICON}.toml").open("rb") as stream:
        lexicon = tomllib.load(stream)
    for code in ("fr", "en"):
        for term in lexicon[code]:
            words.update(regex.findall(r"\p{L}+", term.lower()))
    return frozenset(words)
