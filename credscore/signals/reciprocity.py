"""Reciprocity: an audience gathered by exchange — follow-for-follow, like-for-like, "I follow back".

An influencer's audience is worth something to a client when people came for the work. The follow-for-follow economy
gathers another kind: accounts that follow, like or comment in order to be followed, liked or commented back, people
who want their own count to grow ("#f4f", "#l4l", "#teamfollowback", "I follow back", "follow me and I'll follow you
back", "S4S", "je follow back", "abo contre abo", "Merci ! Je te suis 🔁", "Commente pour que je découvre ton
compte"). The audit tools agencies pay for flag these tags. It is one observation about
how the audience was gathered (family ``audience``), never enough to accuse alone: a person may have traded follows
once, years ago.

- ``exchange_share``: the share of the account's own texts (posts, replies and comments, not reposts: others' words)
  that solicit or perform an exchange. A text counts towards the whole when it has :data:`MIN_WORDS` words or more,
  carries a hashtag (an exchange post may be all tags: "#f4f #l4l #followback"), or carries an exchange cue ("F4F?"
  has no word the analysis keeps, and is an offer). ``NaN`` with fewer than :data:`MIN_POSTS` such texts.
- ``exchange_in_bio``: 1 when a profile's bio advertises the exchange ("F4F | L4L", "follow back 100%", "je follow
  back", "#teamfollowback"), else 0: a standing offer, one observation whatever the number of posts. ``NaN`` when no
  profile has a bio.

Not measurable when neither can be measured. The bios behind the second feature, and the texts behind the first, are
the evidence.

A text carries an *exchange cue* when, read after :func:`~credscore.nlp.normalise.normalise` (styled letters,
look-alikes and zero-width characters do not hide it), accents, case and mentions aside, it does not name the exchange
to criticise or explain it (``[contexts.critiques]``: "F4F doesn't work, here's why" is plain speech), and:

- it carries a hashtag that names the reciprocity (``[contexts.tags]``, read from the tags the analysis found): a call
  to follow alone ("#followme", "#follow", "#suivezmoi", "#abonnezvous") or a reach tag ("#instagood") asks for an
  audience and offers nothing back: not an exchange tag, and no count of them makes one;
- or it holds a term of the ``reciprocity`` lexicon *as written* (the shared matcher also finds inflected forms; it
  is the prefilter), with what the term needs around it:

  - ``[contexts.sentence_start]`` terms open a sentence or a line ("Follow back 🙏", "Followed back ✅", not "she
    never followed back"); ``[contexts.unhyphenated]`` ones are also written as words ("Like for like? 🙏", not
    retail's "like-for-like sales" or finance's "share-for-share offer");
  - ``[contexts.broadcast_only]`` asks are not addressed to one person (a text that opens on a mention: "@sam please
    follow back, I'd like to DM you" asks for a way to talk, not for an exchange);
  - ``[contexts.after_request]`` promises follow a call to follow, like, subscribe or comment that opens a sentence or
    a clause (perhaps after ``[contexts.softeners]``: "Please follow me…") earlier in the same sentence
    (``[contexts.requests]``: "drop your @ and I'll check you out", "Abonne-toi et je te suis", not "I'll check you
    out next time I'm in town"); ``[contexts.marked]`` terms are followed by a reciprocity emoji
    (``[contexts.marks]``: "Merci ! Je te suis 🔁", not "je te suis sur ce point"); a term of both needs either;
  - ``[contexts.keyword]`` terms are the keyword of a call to message or comment it (``[contexts.keyword_calls]``:
    "DM 'done'"), in a post that speaks of following (``[contexts.with_follow]``) and promises no prize or freebie
    (``[contexts.not_with_rewards]``: "comment done to win", "… and I'll send the guide"). None is listed today:
    the follow train's "done" is too common a word to be a term of the shared matcher.

Links read as the end of a sentence, mentions as nothing ("follow @me and I'll follow you back").

Decided: a thank-you for a follow is not an exchange ("thanks for the follow!"); a call to follow that promises
nothing back is not one ("follow us for updates on the strike", "follow me on Spotify"); a giveaway ("follow @brand
and tag 2 friends to win") is a contest between a brand and its entrants, and asks for follows against a prize, not
a follow back — none of its words is a cue, and "comment done" with a prize or a freebie is not one; a charity's
"please share" is not one. Announcing a follow returned ("Followed back ✅", "Merci ! Je te suis 🔁") is the exchange
performed, and counts. Only the texts whose analysis found a term of the lexicon or an exchange tag are read again;
the others, nearly all texts, cost one look at their matches and tags.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount, AnalysedText
from credscore.nlp.lexicons import any_written, context_terms, load_lexicons, strip_accents, written_pattern
from credscore.nlp.normalise import normalise
from credscore.nlp.text import MENTION_PATTERN
from credscore.resources import data_dir
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    post_evidence,
    profile_evidence,
    share,
    signal,
)
from credscore.signals.readings import remembered

__all__ = ["exchange_cue", "reciprocity"]

NAME = "reciprocity"
LEXICON = "reciprocity"
# As the other wording signals: a text needs two words to say anything ("Wow", a lone link, "lol" would dilute the
# share); a text with a hashtag or an exchange cue counts whatever its words ("#f4f #l4l" and "F4F?" are offers).
MIN_WORDS = 2
# Below this many texts, one text more or less swings the share by a fifth or more (as hooks and platitudes).
MIN_POSTS = 5
# What a term needs before it sits within this many characters: the call before a promise ("drop your @ in the
# comments and I'll check you out"), the start of its sentence. Reading no further back keeps the checks linear.
LOOK_BACK_CHARS = 80
# A keyword's call sits right before it ("DM me 'done'"): a few characters for "me", "with" and the quotes.
KEYWORD_LOOK_BACK_CHARS = 24
# A reciprocity emoji marks the term it follows, past a space or a sign ("je te suis ! 🔁"), no further.
MARK_GAP_CHARS = 4
# What ends a sentence: a promise and its call belong to the same one.
_SENTENCE_ENDS = ".!?\n"

# Where a term ends: not before a letter, nor before a hyphen that goes on with a word ("Following back-to-back
# defeats, …" is sport, not "Following back!").
_END = r"(?!\w|-\w)"
# A link, read as the end of a sentence: "New forecast at https://… Please follow me and I'll follow you".
_LINK = re.compile(r"(?:https?://|www\.)\S+")
# A mention as the pre-pass takes it out (Mastodon's @user@instance included): "follow @me and I'll follow back".
_MENTION = re.compile(MENTION_PATTERN)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The lexicon's terms as written (their pattern on accent-free, lower-case text), its tags and contexts."""

    written: dict[str, re.Pattern[str]]
    tags: frozenset[str]
    sentence_start: frozenset[str]
    unhyphenated: frozenset[str]
    broadcast_only: frozenset[str]
    after_request: frozenset[str]
    marked: frozenset[str]
    keyword: frozenset[str]
    with_follow: frozenset[str]
    not_with_rewards: frozenset[str]
    critiques: re.Pattern[str]
    requests: re.Pattern[str]
    softeners: re.Pattern[str]
    """Softening words at the end of the text before a call ("please", "just"), taken off to see what opens it."""
    marks: re.Pattern[str]
    """A reciprocity emoji right after a term (matched where the term ends)."""
    keyword_call: re.Pattern[str]
    """A call to message or comment ending right where a keyword starts (searched on the text before it)."""
    follow_words: re.Pattern[str]
    rewards: re.Pattern[str]


def _plain(text: str) -> str:
    """Lower case, accents and curly apostrophes aside: how every pattern of this module reads a text."""
    return strip_accents(text.replace("\u2019", "'").lower())


def _whole_words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{any_written(phrases)})(?!\w)")


@cache
def _cues() -> _Cues:
    lexicon = load_lexicons(data_dir() / "lexicons")[LEXICON]
    terms = {term for _, term in lexicon.terms()}
    contexts = lexicon.contexts
    marks = "|".join(re.escape(mark) for mark in contexts["marks"].words())
    return _Cues(
        written={term: re.compile(rf"(?<!\w){written_pattern(term)}{_END}") for term in terms},
        tags=frozenset(_plain(tag) for tag in contexts["tags"].words()),
        sentence_start=context_terms(lexicon, LEXICON, "sentence_start", terms),
        unhyphenated=context_terms(lexicon, LEXICON, "unhyphenated", terms),
        broadcast_only=context_terms(lexicon, LEXICON, "broadcast_only", terms),
        after_request=context_terms(lexicon, LEXICON, "after_request", terms),
        marked=context_terms(lexicon, LEXICON, "marked", terms),
        keyword=context_terms(lexicon, LEXICON, "keyword", terms),
        with_follow=context_terms(lexicon, LEXICON, "with_follow", terms),
        not_with_rewards=context_terms(lexicon, LEXICON, "not_with_rewards", terms),
        critiques=_whole_words(contexts["critiques"].words()),
        requests=_whole_words(contexts["requests"].words()),
        softeners=re.compile(rf"(?<!\w)(?:(?:{any_written(contexts['softeners'].words())})\W*)+$"),
        marks=re.compile(rf"\W{{0,{MARK_GAP_CHARS}}}?(?:{marks})"),
        keyword_call=re.compile(rf"(?<!\w)(?:{any_written(contexts['keyword_calls'].words())})"
                                r"(?:\W+(?:me|us|with|moi|nous|avec))?\W*$"),
        follow_words=_whole_words(contexts["follow_words"].words()),
        rewards=_whole_words(contexts["rewards"].words()),
    )


def _opens(lowered: str, start: int, floor: int = 0, softeners: re.Pattern[str] | None = None) -> bool:
    """Whether ``lowered[start:]`` opens a sentence or a clause: nothing before it (from ``floor``) but spaces (and,
    given ``softeners``, a softening word: "Please follow me…") and, before those, nothing or a sign that is not a
    letter, a digit or an apostrophe (a line break, a full stop, a comma, a colon, a bar, an emoji)."""
    before = lowered[max(floor, start - LOOK_BACK_CHARS):start].rstrip()
    if softeners is not None and before:
        before = softeners.sub("", before).rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in "'_")


def _after_request(lowered: str, start: int, cues: _Cues) -> bool:
    """Whether a call to follow, like, subscribe or comment opens a sentence or a clause before ``start``, in the
    same sentence."""
    window = max(0, start - LOOK_BACK_CHARS)
    floor = max(max(lowered.rfind(end, window, start) for end in _SENTENCE_ENDS) + 1, window)
    return any(_opens(lowered, found.start(), floor, cues.softeners)
               for found in cues.requests.finditer(lowered, floor, start))


@dataclass(frozen=True, slots=True)
class _Text:
    """What is known of the whole text a term was found in (read once per text, not once per occurrence)."""

    lowered: str
    addressed: bool
    """The text opens on a mention."""
    about_following: bool
    rewarded: bool
    """The text promises a prize or a freebie."""


def _counts(term: str, text: _Text, start: int, end: int, cues: _Cues) -> bool:
    """Whether the term found at ``text.lowered[start:end]`` has what it needs around it (see the module
    docstring)."""
    lowered, addressed = text.lowered, text.addressed
    if term in cues.broadcast_only and addressed:
        return False
    if term in cues.unhyphenated and "-" in lowered[start:end]:
        return False
    if term in cues.sentence_start and not _opens(lowered, start):
        return False
    # A promise that may be made either way ("Abonne-toi et je te suis", "Merci ! Je te suis 🔁") needs one of them.
    marked = term in cues.marked and cues.marks.match(lowered, end) is not None
    requested = not marked and term in cues.after_request and _after_request(lowered, start, cues)
    if (term in cues.marked or term in cues.after_request) and not (marked or requested):
        return False
    if term in cues.keyword and not cues.keyword_call.search(lowered, max(0, start - KEYWORD_LOOK_BACK_CHARS), start):
        return False
    if term in cues.with_follow and not text.about_following:
        return False
    return term not in cues.not_with_rewards or not text.rewarded


@remembered
def _judge(text: str, terms: frozenset[str], tagged: bool) -> bool:
    """Whether the text carries an exchange cue, given the lexicon terms the analysis found in it and whether it
    carries an exchange tag."""
    cues = _cues()
    lowered = _plain(normalise(text))
    addressed = lowered.lstrip().startswith("@")
    if "http" in lowered or "www." in lowered:
        lowered = _LINK.sub("\n", lowered)
    if "@" in lowered:
        # A handle inside a formula ("follow @me and I'll follow you back") is skipped, as the analysis skips it.
        lowered = _MENTION.sub(" ", lowered)
    if cues.critiques.search(lowered):
        return False
    if tagged:
        return True
    # Whole-text conditions read once, and only for the terms that need them.
    read = _Text(lowered, addressed,
                 about_following=not terms.isdisjoint(cues.with_follow) and bool(cues.follow_words.search(lowered)),
                 rewarded=not terms.isdisjoint(cues.not_with_rewards) and bool(cues.rewards.search(lowered)))
    return any(_counts(term, read, found.start(), found.end(), cues)
               for term in terms for found in cues.written[term].finditer(lowered))


def exchange_cue(text: AnalysedText, raw: str) -> bool:
    """Whether a text (its analysis and its raw text) solicits or performs an exchange of follows, likes, comments,
    subscriptions or shoutouts."""
    terms = frozenset(match.term for match in text.matches if match.lexicon == LEXICON and match.start >= 0) \
        if text.matches else frozenset()
    tagged = bool(text.hashtags) and not _cues().tags.isdisjoint(_plain(tag) for tag in text.hashtags)
    if not terms and not tagged:
        return False  # nearly every text: no listed term, no exchange tag
    return _judge(raw, terms, tagged)


def _exchange_share(account: AnalysedAccount) -> tuple[float, list[int]]:
    posts = account.account.posts
    counted, exchanged = 0, []
    for i, text in enumerate(account.posts):
        if posts[i].kind == "repost":
            continue  # others' words
        if exchange_cue(text, posts[i].text):
            exchanged.append(i)
            counted += 1
        elif len(text.words) >= MIN_WORDS or text.hashtags:
            counted += 1
    if counted < MIN_POSTS:
        return math.nan, []
    return share(len(exchanged), counted), exchanged


def _exchange_in_bio(account: AnalysedAccount) -> tuple[float, list[int]]:
    profiles = account.account.profiles
    with_bio = [i for i, profile in enumerate(profiles) if profile.bio and profile.bio.strip()]
    if not with_bio:
        return math.nan, []
    advertised = [i for i in with_bio if exchange_cue(account.bios[i], profiles[i].bio or "")]
    return (1.0 if advertised else 0.0), advertised


@signal(NAME, [
    Feature("exchange_share", "Share of the account's own posts and replies that offer or ask for an exchange of "
            "follows, likes or comments ('#f4f', '#l4l', 'I follow back', 'follow me and I'll follow you back')",
            "Part des publications et réponses du compte qui proposent ou demandent un échange d'abonnements, de "
            "likes ou de commentaires (« #f4f », « #l4l », « je follow back », « abonne-toi, je te suis en retour »)",
            towards="fake", family="audience"),
    Feature("exchange_in_bio", "The profile's bio advertises an exchange of follows ('F4F | L4L', 'follow back "
            "100%', 'I follow back')",
            "La bio du profil annonce un échange d'abonnements (« F4F | L4L », « follow back 100% », « je follow "
            "back »)",
            towards="fake", family="audience"),
])
def reciprocity(account: AnalysedAccount) -> SignalResult:
    """The share of the account's own texts that solicit an exchange of follows, likes or comments, and whether a bio
    advertises one.

    Each feature is ``NaN`` without its data (fewer than :data:`MIN_POSTS` texts; no bio); not measurable when both
    are.
    """
    exchange_share, exchanged = _exchange_share(account)
    in_bio, advertised = _exchange_in_bio(account)
    if math.isnan(exchange_share) and math.isnan(in_bio):
        return not_measurable(NAME, f"fewer than {MIN_POSTS} texts of the account's own of {MIN_WORDS} words or more "
                                    "or with a hashtag, and no bio")
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={"exchange_share": exchange_share, "exchange_in_bio": in_bio},
        evidence={"exchange_share": cited(post_evidence, account, exchanged),
                  "exchange_in_bio": cited(profile_evidence, account, advertised)},
    )
