"""The pre-pass over a raw text, before spaCy: links, mentions, hashtags and emoji.

They are taken out of the text (and kept aside) so that what spaCy sees is the author's own
words: a post made of a link, three hashtags and an emoji has no words of its own.
Emoji are found with the Unicode ``Extended_Pictographic`` property (the ``regex`` module).
HTML entities left in the text by posting tools (``&amp;``) are decoded first, then the text is
normalised (:func:`credscore.nlp.normalise.normalise`: compatibility forms, invisible characters,
look-alike letters), so that words, hashtags, lexicon matches, fingerprints and language
identification all see the text a reader sees. Evidence quotes the raw text, never this one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache

import regex

from credscore.nlp.normalise import normalise, plain_characters

__all__ = ["MENTION_PATTERN", "SplitText", "split_text"]

# A link: an explicit scheme or "www.", or a bare host with a path ("bit.ly/abc").
_LINK = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>\"]+",
    regex.IGNORECASE,
)
# Mentions include Mastodon's @user@instance form. The signals that read raw text take mentions out the same way.
MENTION_PATTERN = r"(?<![\w@/])@\w[\w.]*(?:@[\w-]+(?:\.[\w-]+)+)?"
_MENTION = regex.compile(MENTION_PATTERN)
_HASHTAG = regex.compile(r"(?<![\w&/])#(\w+)")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\U0001F3FB-\U0001F3FF]+")
_TRAILING_PUNCTUATION = ".,;:!?)]}'\"…»"


@dataclass(frozen=True, slots=True)
class SplitText:
    """A raw text split into the author's own words and the items taken out of it."""

    words_text: str
    links: tuple[str, ...]
    mentions: tuple[str, ...]
    hashtags: tuple[str, ...]
    emoji: int


def _keep(found: list[str], part: str) -> str:
    """Record ``part`` in ``found`` and blank it out of the text (a space, so that words either side stay apart)."""
    found.append(part)
    return " "


def split_text(text: str) -> SplitText:
    """Take links, mentions, hashtags and emoji out of ``text``."""
    if "&" in text:
        text = html.unescape(text)
    text = normalise(text)
    # One apostrophe, so that "chiffre d’affaires" matches the lexicon's "chiffre d'affaires".
    text = text.replace("\u2019", "'")
    # Each pattern runs only on texts holding its telltale character: most posts have no link or mention.
    links: list[str] = []
    # ("www." in any case ends with "w." or "W.": most texts are not lowered to look for it.)
    if "/" in text or (("w." in text or "W." in text) and "www." in text.lower()):
        text = _LINK.sub(lambda match: _keep(links, match[0].rstrip(_TRAILING_PUNCTUATION)), text)
    mentions: list[str] = []
    if "@" in text:
        text = _MENTION.sub(lambda match: _keep(mentions, match[0]), text)
    hashtags: list[str] = []
    if "#" in text:
        text = _HASHTAG.sub(lambda match: _keep(hashtags, match[1].lower()), text)
    emoji = 0
    # A text in accented letters and typographic punctuation alone (most French posts) holds no emoji to look for.
    if not text.isascii() and not _without_emoji().issuperset(text):
        text, emoji = _EMOJI.subn(" ", text)
    return SplitText(" ".join(text.split()), tuple(links), tuple(mentions), tuple(hashtags), emoji)


@cache
def _without_emoji() -> frozenset[str]:
    """Characters :data:`_EMOJI` never matches, among those most texts are written with (see
    :func:`~credscore.nlp.normalise.plain_characters`)."""
    return frozenset(char for char in plain_characters() if not _EMOJI.match(char))
